import { useTranslation } from '@/i18n/react';
import { Select, TextInput } from '@/components/ui/Field';
import { BuildingOptions } from '@/components/ui/BuildingOptions';
import type { AddressErrors, AddressValues, BuildingOption } from '../api/validate';
import signinMessages from '@/i18n/zh-CN.signin';
import { addMessages } from '@/i18n';

// This screen's messages (not in every first load).
addMessages(signinMessages);

export function AddressFields({
  buildings,
  values,
  errors,
  onChange,
}: {
  buildings: BuildingOption[];
  values: AddressValues;
  errors: AddressErrors;
  onChange: (v: AddressValues) => void;
}) {
  const { t } = useTranslation();
  const building = buildings.find((b) => b.id === values.buildingId);
  const err = (k: keyof AddressValues) => (errors[k] ? t(`welcome.errors.${errors[k]}`) : null);
  return (
    <div className="flex flex-col gap-3">
      <Select
        label={t('welcome.building')}
        error={err('buildingId')}
        value={values.buildingId}
        onChange={(e) => onChange({ ...values, buildingId: e.target.value, entrance: '' })}
      >
        <option value="">{t('welcome.chooseBuilding')}</option>
        <BuildingOptions buildings={buildings} />
      </Select>
      <Select
        label={t('welcome.entrance')}
        error={err('entrance')}
        value={values.entrance}
        onChange={(e) => onChange({ ...values, entrance: e.target.value })}
      >
        <option value="">{t('welcome.chooseEntrance')}</option>
        {Array.from({ length: building?.entrances ?? 0 }, (_, i) => (
          <option key={i + 1} value={String(i + 1)}>
            {i + 1}
          </option>
        ))}
      </Select>
      <TextInput
        label={t('welcome.flat')}
        hint={t('welcome.flatHint')}
        error={err('flat')}
        inputMode="numeric"
        value={values.flat}
        onChange={(e) => onChange({ ...values, flat: e.target.value })}
      />
    </div>
  );
}

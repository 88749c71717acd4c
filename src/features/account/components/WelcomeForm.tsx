import { useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n/react';
import { Button } from '@/components/ui/Button';
import { TextInput } from '@/components/ui/Field';
import type { FlatLink } from '../types';
import {
  validateAddress,
  validateName,
  type AddressErrors,
  type AddressValues,
  type BuildingOption,
} from '../api/validate';
import { AddressFields } from './AddressFields';
import { nameMax } from '@/lib/policy';
import { errorMessage } from '@/lib/errors';
import { FormError } from '@/components/ui/FormError';
import signinMessages from '@/i18n/zh-CN.signin';
import { addMessages } from '@/i18n';

// This screen's messages (not in every first load).
addMessages(signinMessages);

/** First sign-in: name and (optionally) the flat to be linked to. Nothing typed is lost on an error. */
export function WelcomeForm({
  buildings,
  onSubmit,
}: {
  buildings: BuildingOption[];
  onSubmit: (input: { displayName: string; link: FlatLink | null }) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [address, setAddress] = useState<AddressValues>({ buildingId: '', entrance: '', flat: '' });
  const [skip, setSkip] = useState(false);
  const [nameError, setNameError] = useState<string | null>(null);
  const [addressErrors, setAddressErrors] = useState<AddressErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const nameProblem = validateName(name);
    setNameError(nameProblem ? t(`welcome.errors.${nameProblem}`, { max: nameMax }) : null);
    const { link, errors } = skip ? { link: null, errors: {} } : validateAddress(address, buildings);
    setAddressErrors(errors);
    if (nameProblem || Object.keys(errors).length) return;
    setBusy(true);
    setFormError(null);
    try {
      await onSubmit({ displayName: name.trim(), link });
    } catch (err) {
      setFormError(errorMessage(err));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <TextInput
        label={t('welcome.name')}
        hint={t('welcome.nameHint')}
        error={nameError}
        autoComplete="name"
        limit={nameMax}
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <label className="tap flex items-center gap-3 text-base">
        <input
          type="checkbox"
          className="h-6 w-6"
          checked={skip}
          onChange={(e) => setSkip(e.target.checked)}
        />
        {t('welcome.skipAddress')}
      </label>
      {!skip && (
        <AddressFields buildings={buildings} values={address} errors={addressErrors} onChange={setAddress} />
      )}
      <FormError>{formError}</FormError>
      <Button type="submit" disabled={busy}>
        {busy ? t('app.saving') : t('welcome.submit')}
      </Button>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n/react';
import { Button } from '@/components/ui/Button';
import type { FlatLink } from '../types';
import {
  validateAddress,
  type AddressErrors,
  type AddressValues,
  type BuildingOption,
} from '../api/validate';
import { AddressFields } from './AddressFields';
import { errorMessage } from '@/lib/errors';
import { FormError } from '@/components/ui/FormError';
import signinMessages from '@/i18n/zh-CN.signin';
import { addMessages } from '@/i18n';

// This screen's messages (not in every first load).
addMessages(signinMessages);

export function RelinkForm({
  buildings,
  initial,
  onSubmit,
}: {
  buildings: BuildingOption[];
  initial: FlatLink | null;
  onSubmit: (link: FlatLink) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<AddressValues>({
    buildingId: initial?.buildingId ?? '',
    entrance: initial ? String(initial.entrance) : '',
    flat: initial?.flat ?? '',
  });
  const [errors, setErrors] = useState<AddressErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const { link, errors: next } = validateAddress(values, buildings);
    setErrors(next);
    if (!link) return;
    setBusy(true);
    setFormError(null);
    try {
      await onSubmit(link);
    } catch (err) {
      setFormError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <AddressFields buildings={buildings} values={values} errors={errors} onChange={setValues} />
      <FormError>{formError}</FormError>
      <Button type="submit" variant="secondary" disabled={busy}>
        {busy ? t('app.saving') : t('profile.relink')}
      </Button>
    </form>
  );
}

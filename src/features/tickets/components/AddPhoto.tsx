import { useState } from 'react';
import { useTranslation } from '@/i18n/react';

/** One more photo on a ticket: a file picker that says "shrinking…" while `onPhoto` works. */
export function AddPhoto({ onPhoto }: { onPhoto: (file: File) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <label className="tap inline-flex cursor-pointer items-center justify-center gap-2 self-start rounded-xl border border-stone-400 bg-white px-4 py-2 text-base font-medium">
      <input
        type="file"
        accept="image/*"
        className="sr-only"
        disabled={busy}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          setBusy(true);
          await onPhoto(file);
          setBusy(false);
        }}
      />
      {busy ? t('report.shrinking') : t('actions.addPhoto')}
    </label>
  );
}

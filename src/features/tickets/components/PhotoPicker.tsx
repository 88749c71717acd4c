import { useId, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { Icon } from '@/components/ui/Icon';
import { useTranslation } from '@/i18n/react';
import type { PhotoInput } from '@/lib/photo-limits';
import { FormError } from '@/components/ui/FormError';
import reportMessages from '@/i18n/zh-CN.report';
import { addMessages } from '@/i18n';

// This screen's messages (not in every first load).
addMessages(reportMessages);

/**
 * Up to `max` photos, each shrunk on the phone as it is picked (the shrinking code loads with the first
 * one), shown as thumbnails that can be removed. The form holds `shrinking` (its submit button waits too).
 */
export function PhotoPicker({
  photos,
  onPhotos,
  max,
  shrinking,
  onShrinking,
}: {
  photos: PhotoInput[];
  onPhotos: Dispatch<SetStateAction<PhotoInput[]>>;
  max: number;
  shrinking: boolean;
  onShrinking: (shrinking: boolean) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);

  async function addPhotos(files: FileList | null) {
    if (!files?.length) return;
    setError(null);
    const room = max - photos.length;
    if (files.length > room) setError(t('report.errors.tooManyPhotos', { max }));
    onShrinking(true);
    try {
      // The shrinking code (and its compression library) loads when the first photo is picked.
      const { shrinkPhoto } = await import('@/lib/image');
      for (const file of [...files].slice(0, Math.max(0, room))) {
        try {
          const shrunk = await shrinkPhoto(file);
          onPhotos((p) => (p.length < max ? [...p, shrunk] : p));
        } catch {
          setError(t('report.errors.photoFailed'));
        }
      }
    } catch {
      setError(t('report.errors.photoFailed'));
    } finally {
      onShrinking(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  }

  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-lg font-bold">{t('report.photos', { max })}</legend>
      {photos.length > 0 && (
        <ul className="grid grid-cols-3 gap-2">
          {photos.map((p, i) => (
            // The remove button under its photo, as wide as it: laid over the photo it hid most of it, and in
            // English at 320 px in 长辈版 ("✕ Remove") it stuck out of the photo's side.
            <li key={i} className="flex min-w-0 flex-col gap-1">
              <img
                src={p.dataUrl}
                alt={t('report.photoAlt', { n: i + 1 })}
                className="aspect-square w-full rounded-xl object-cover"
              />
              <button
                type="button"
                onClick={() => onPhotos((ps) => ps.filter((_, j) => j !== i))}
                className="tap flex w-full flex-wrap items-center justify-center gap-x-1 rounded-xl border border-stone-400 bg-white px-1 text-stone-900"
                aria-label={t('report.removePhoto', { n: i + 1 })}
              >
                <Icon name="x" />
                <span className="text-sm">{t('app.remove')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        ref={fileInput}
        id={id}
        type="file"
        accept="image/*"
        multiple
        className="sr-only"
        onChange={(e) => void addPhotos(e.target.files)}
        disabled={photos.length >= max || shrinking}
      />
      <label
        htmlFor={id}
        className={`tap inline-flex items-center justify-center gap-2 self-start rounded-xl border border-stone-400 bg-white px-4 py-2 text-base font-medium ${
          photos.length >= max ? 'opacity-60' : 'cursor-pointer'
        }`}
      >
        {shrinking ? t('report.shrinking') : `${t('report.addPhoto')} (${photos.length}/${max})`}
      </label>
      <FormError>{error}</FormError>
    </fieldset>
  );
}

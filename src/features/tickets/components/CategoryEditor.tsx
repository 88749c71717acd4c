import { useId, useState, type InputHTMLAttributes } from 'react';
import { Button } from '@/components/ui/Button';
import { useTranslation } from '@/i18n/react';
import { saveCategories } from '../api/categories';
import type { Category } from '../types';
import { errorMessage } from '@/lib/errors';

/** A small labelled input with its error beside it (tied by aria-describedby). */
function Cell({
  label,
  error,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { label: string; error: string | undefined }) {
  const id = useId();
  return (
    <div className="flex flex-col text-sm">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="tap rounded-lg border border-stone-400 px-2 text-base aria-[invalid=true]:border-red-700"
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        {...props}
      />
      {error && (
        <span id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </span>
      )}
    </div>
  );
}

const hoursOf = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : NaN);
const validHours = (h: number) => Number.isInteger(h) && h >= 1 && h <= 2000;

/** The category tree with each category's deadlines and canned replies, edited without code changes. */
export function CategoryEditor({ initial, headUid }: { initial: Category[]; headUid: string }) {
  const { t } = useTranslation();
  // Hours are kept as typed ("12h", "") until saved, so a mistake is shown, not silently turned into 0.
  const [items, setItems] = useState(
    initial.map((c) => ({
      ...c,
      cannedText: c.canned.join('\n'),
      responseText: String(c.responseHours),
      resolutionText: String(c.resolutionHours),
    })),
  );
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const update = (id: string, patch: Partial<(typeof items)[number]>) =>
    setItems((xs) => xs.map((x) => (x.id === id ? { ...x, ...patch } : x)));
  const tops = items.filter((c) => c.parent === null);
  const save = async () => {
    const next: Record<string, string> = {};
    for (const c of items) {
      if (!c.zh.trim()) next[`${c.id}.zh`] = t('categoriesAdmin.errors.name');
      if (!c.en.trim()) next[`${c.id}.en`] = t('categoriesAdmin.errors.name');
      if (!validHours(hoursOf(c.responseText))) next[`${c.id}.response`] = t('categoriesAdmin.errors.hours');
      if (!validHours(hoursOf(c.resolutionText)))
        next[`${c.id}.resolution`] = t('categoriesAdmin.errors.hours');
    }
    setErrors(next);
    const first = Object.values(next)[0];
    if (first) {
      setStatus({ ok: false, text: first });
      return;
    }
    try {
      await saveCategories(
        initial,
        items.map(({ cannedText, responseText, resolutionText, ...c }) => ({
          ...c,
          responseHours: hoursOf(responseText),
          resolutionHours: hoursOf(resolutionText),
          canned: cannedText
            .split('\n')
            .map((x) => x.trim())
            .filter(Boolean),
        })),
        headUid,
      );
      setStatus({ ok: true, text: t('categoriesAdmin.saved') });
    } catch (e) {
      setStatus({
        ok: false,
        text: errorMessage(e),
      });
    }
  };
  const row = (c: (typeof items)[number], depth: number) => (
    <li key={c.id} className={`rounded-xl border border-stone-200 bg-white p-3 ${depth ? 'ml-6' : ''}`}>
      <div className="grid gap-2 md:grid-cols-4">
        <Cell
          label={t('categoriesAdmin.zh')}
          value={c.zh}
          error={errors[`${c.id}.zh`]}
          onChange={(e) => update(c.id, { zh: e.target.value })}
        />
        <Cell
          label={t('categoriesAdmin.en')}
          value={c.en}
          error={errors[`${c.id}.en`]}
          onChange={(e) => update(c.id, { en: e.target.value })}
        />
        <Cell
          label={t('categoriesAdmin.responseHours')}
          inputMode="numeric"
          value={c.responseText}
          error={errors[`${c.id}.response`]}
          onChange={(e) => update(c.id, { responseText: e.target.value })}
        />
        <Cell
          label={t('categoriesAdmin.resolutionHours')}
          inputMode="numeric"
          value={c.resolutionText}
          error={errors[`${c.id}.resolution`]}
          onChange={(e) => update(c.id, { resolutionText: e.target.value })}
        />
      </div>
      <label className="mt-2 flex flex-col text-sm">
        {t('categoriesAdmin.canned')}
        <textarea
          rows={2}
          className="rounded-lg border border-stone-400 p-2 text-base"
          value={c.cannedText}
          onChange={(e) => update(c.id, { cannedText: e.target.value })}
        />
      </label>
      <label className="tap mt-2 flex items-center gap-2 text-base">
        <input
          type="checkbox"
          className="h-5 w-5"
          checked={c.active}
          onChange={(e) => update(c.id, { active: e.target.checked })}
        />
        {t('categoriesAdmin.active')}
      </label>
      <label className="tap mt-2 flex items-center gap-2 text-base">
        <input
          type="checkbox"
          className="h-5 w-5"
          checked={c.shared}
          onChange={(e) => update(c.id, { shared: e.target.checked })}
        />
        {t('categoriesAdmin.shared')}
      </label>
      {depth === 0 && (
        <Button
          variant="ghost"
          onClick={() => {
            // (letters and digits only, as the rules require of a category's id)
            const id = `${c.id}${Date.now().toString(36)}`;
            setItems((xs) => [
              ...xs,
              {
                ...c,
                id,
                parent: c.id,
                zh: t('categoriesAdmin.newName'),
                en: t('categoriesAdmin.newName'),
                order: xs.length,
                canned: [],
                cannedText: '',
                responseText: c.responseText,
                resolutionText: c.resolutionText,
                active: true,
              },
            ]);
          }}
        >
          {t('categoriesAdmin.addChild')}
        </Button>
      )}
    </li>
  );
  return (
    <div className="flex flex-col gap-3">
      <p className="text-base">{t('categoriesAdmin.intro')}</p>
      <ul className="flex flex-col gap-2">
        {tops.flatMap((top) => [
          row(top, 0),
          ...items.filter((c) => c.parent === top.id).map((c) => row(c, 1)),
        ])}
      </ul>
      <Button onClick={() => void save()}>{t('categoriesAdmin.save')}</Button>
      {status && (
        <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'text-green-900' : 'text-red-800'}>
          {status.text}
        </p>
      )}
    </div>
  );
}

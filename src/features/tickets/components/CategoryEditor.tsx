import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { useTranslation } from '@/i18n/react';
import { saveCategories } from '../api/categories';
import type { Category } from '../types';

/** The category tree with each category's deadlines and canned replies, edited without code changes. */
export function CategoryEditor({ initial, headUid }: { initial: Category[]; headUid: string }) {
  const { t } = useTranslation();
  const [items, setItems] = useState(initial.map((c) => ({ ...c, cannedText: c.canned.join('\n') })));
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const update = (id: string, patch: Partial<(typeof items)[number]>) =>
    setItems((xs) => xs.map((x) => (x.id === id ? { ...x, ...patch } : x)));
  const tops = items.filter((c) => c.parent === null);
  const save = async () => {
    const bad = items.find((c) => !c.zh.trim() || !c.en.trim());
    const badHours = items.find(
      (c) => ![c.responseHours, c.resolutionHours].every((h) => Number.isInteger(h) && h >= 1 && h <= 2000),
    );
    if (bad || badHours) {
      setStatus({
        ok: false,
        text: bad ? t('categoriesAdmin.errors.name') : t('categoriesAdmin.errors.hours'),
      });
      return;
    }
    try {
      await saveCategories(
        items.map(({ cannedText, ...c }) => ({
          ...c,
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
        text: t('actions.failed', { reason: (e as { code?: string }).code ?? String(e) }),
      });
    }
  };
  const row = (c: (typeof items)[number], depth: number) => (
    <li key={c.id} className={`rounded-xl border border-stone-200 bg-white p-3 ${depth ? 'ml-6' : ''}`}>
      <div className="grid gap-2 md:grid-cols-4">
        <label className="flex flex-col text-sm">
          {t('categoriesAdmin.zh')}
          <input
            className="tap rounded-lg border border-stone-400 px-2 text-base"
            value={c.zh}
            onChange={(e) => update(c.id, { zh: e.target.value })}
          />
        </label>
        <label className="flex flex-col text-sm">
          {t('categoriesAdmin.en')}
          <input
            className="tap rounded-lg border border-stone-400 px-2 text-base"
            value={c.en}
            onChange={(e) => update(c.id, { en: e.target.value })}
          />
        </label>
        <label className="flex flex-col text-sm">
          {t('categoriesAdmin.responseHours')}
          <input
            inputMode="numeric"
            className="tap rounded-lg border border-stone-400 px-2 text-base"
            value={String(c.responseHours)}
            onChange={(e) => update(c.id, { responseHours: Number(e.target.value) })}
          />
        </label>
        <label className="flex flex-col text-sm">
          {t('categoriesAdmin.resolutionHours')}
          <input
            inputMode="numeric"
            className="tap rounded-lg border border-stone-400 px-2 text-base"
            value={String(c.resolutionHours)}
            onChange={(e) => update(c.id, { resolutionHours: Number(e.target.value) })}
          />
        </label>
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
      {depth === 0 && (
        <Button
          variant="ghost"
          onClick={() => {
            const id = `${c.id}-${Date.now().toString(36)}`;
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

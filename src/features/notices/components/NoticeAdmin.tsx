import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { TextArea, TextInput } from '@/components/ui/Field';
import { useFocusInvalid } from '@/components/ui/ListLimit';
import { joinList } from '@/i18n/format';
import { useTranslation } from '@/i18n/react';
import { notBlank, noticeAudienceMax, noticeBodyMax, noticeTitleMax } from '@/lib/policy';
import { saveNotice, setNoticeStatus, type NoticeInput } from '../api/mutations';
import type { CommunityNotice } from '../types';
import { errorMessage } from '@/lib/errors';
import { FormError } from '@/components/ui/FormError';

/** Write, publish, pin and withdraw notices, for everyone or for chosen buildings. */
export function NoticeAdmin({
  notices,
  buildings,
  headUid,
}: {
  notices: CommunityNotice[];
  buildings: { id: string; number: number }[];
  headUid: string;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<CommunityNotice | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fail = (e: unknown) => setError(errorMessage(e));
  return (
    <div className="flex flex-col gap-4">
      {editing ? (
        <NoticeForm
          initial={editing === 'new' ? null : editing}
          buildings={buildings}
          onCancel={() => setEditing(null)}
          onSave={async (input, status) => {
            const existing = editing === 'new' ? null : editing;
            await saveNotice(existing?.id ?? null, headUid, input, status, existing?.status === 'published');
            setEditing(null);
          }}
        />
      ) : (
        <Button className="self-start" onClick={() => setEditing('new')}>
          {t('noticesAdmin.create')}
        </Button>
      )}
      <FormError>{error}</FormError>
      <ul className="flex flex-col gap-3">
        {notices.map((n) => (
          <li key={n.id}>
            <Card>
              <p className="text-lg font-bold">
                {n.pinned && <span aria-hidden="true">📌 </span>}
                {n.title}
              </p>
              <p className="text-sm text-stone-800">
                {t(`noticesAdmin.status.${n.status}`)} ·{' '}
                {n.audience.includes('all')
                  ? t('noticesAdmin.everyone')
                  : joinList(
                      n.audience.map((id) =>
                        t('building.name', { number: buildings.find((b) => b.id === id)?.number ?? id }),
                      ),
                      t,
                    )}
              </p>
              <div className="mt-2 flex flex-wrap gap-2">
                <Button variant="secondary" onClick={() => setEditing(n)}>
                  {t('noticesAdmin.edit')}
                </Button>
                {n.status === 'published' ? (
                  <Button
                    variant="danger"
                    onClick={() => {
                      // Said before it is done: residents stop seeing it; it can be published again.
                      if (window.confirm(t('noticesAdmin.withdrawConfirm', { title: n.title })))
                        void setNoticeStatus(n.id, 'withdrawn').catch(fail);
                    }}
                  >
                    {t('noticesAdmin.withdraw')}
                  </Button>
                ) : (
                  <Button
                    variant="secondary"
                    onClick={() => void setNoticeStatus(n.id, 'published').catch(fail)}
                  >
                    {n.status === 'draft' ? t('noticesAdmin.publish') : t('noticesAdmin.republish')}
                  </Button>
                )}
              </div>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function NoticeForm({
  initial,
  buildings,
  onSave,
  onCancel,
}: {
  initial: CommunityNotice | null;
  buildings: { id: string; number: number }[];
  onSave: (input: NoticeInput, status: 'draft' | 'published') => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initial?.title ?? '');
  const [body, setBody] = useState(initial?.body ?? '');
  const [audience, setAudience] = useState<string[]>(initial?.audience ?? ['all']);
  const [pinned, setPinned] = useState(initial?.pinned ?? false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { ref: formRef, refused } = useFocusInvalid<HTMLFormElement>();
  const submit = (status: 'draft' | 'published') => async (e?: FormEvent) => {
    e?.preventDefault();
    const next: Record<string, string> = {};
    if (!notBlank(title)) next.title = t('noticesAdmin.errors.heading');
    if (!notBlank(body)) next.body = t('noticesAdmin.errors.body');
    if (!audience.length) next.audience = t('noticesAdmin.errors.audience');
    else if (audience.length > noticeAudienceMax)
      next.audience = t('noticesAdmin.errors.audienceTooMany', { max: noticeAudienceMax });
    setErrors(next);
    // Over-long text is marked at its field as it is typed; it stops the save here.
    if (Object.keys(next).length || title.length > noticeTitleMax || body.length > noticeBodyMax) {
      refused();
      return;
    }
    try {
      await onSave({ title, body, audience, pinned }, status);
    } catch (err) {
      setErrors({ form: errorMessage(err) });
    }
  };
  const all = audience.includes('all');
  // The rules take at most noticeAudienceMax buildings: past that, a notice goes to everyone.
  const full = audience.length >= noticeAudienceMax;
  return (
    <form
      ref={formRef}
      onSubmit={submit('published')}
      noValidate
      className="flex flex-col gap-3 rounded-2xl border border-stone-300 bg-white p-4"
    >
      <TextInput
        label={t('noticesAdmin.heading')}
        value={title}
        limit={noticeTitleMax}
        error={errors.title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextArea
        label={t('noticesAdmin.body')}
        rows={6}
        max={noticeBodyMax}
        value={body}
        error={errors.body}
        onChange={(e) => setBody(e.target.value)}
      />
      <fieldset>
        <legend className="mb-1 text-base font-bold">{t('noticesAdmin.audience')}</legend>
        <label className="tap flex items-center gap-2">
          <input
            type="checkbox"
            className="h-5 w-5"
            checked={all}
            onChange={(e) => setAudience(e.target.checked ? ['all'] : [])}
          />
          {t('noticesAdmin.everyone')}
        </label>
        {!all && (
          <div className="grid grid-cols-3 gap-1">
            {buildings.map((b) => (
              <label key={b.id} className="tap flex items-center gap-2">
                <input
                  type="checkbox"
                  className="h-5 w-5"
                  checked={audience.includes(b.id)}
                  disabled={full && !audience.includes(b.id)}
                  onChange={(e) =>
                    setAudience(e.target.checked ? [...audience, b.id] : audience.filter((x) => x !== b.id))
                  }
                />
                {t('building.name', { number: b.number })}
              </label>
            ))}
          </div>
        )}
        {!all && full && (
          <p className="text-base text-stone-800">
            {t('noticesAdmin.audienceFull', { max: noticeAudienceMax })}
          </p>
        )}
        <FormError>{errors.audience}</FormError>
      </fieldset>
      <label className="tap flex items-center gap-2">
        <input
          type="checkbox"
          className="h-5 w-5"
          checked={pinned}
          onChange={(e) => setPinned(e.target.checked)}
        />
        {t('noticesAdmin.pinned')}
      </label>
      <FormError>{errors.form}</FormError>
      <div className="flex flex-wrap gap-2">
        <Button type="submit">{t('noticesAdmin.publish')}</Button>
        <Button variant="secondary" onClick={() => void submit('draft')()}>
          {t('noticesAdmin.saveDraft')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('app.cancel')}
        </Button>
      </div>
    </form>
  );
}

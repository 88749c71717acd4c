import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '@/components/ui/Button';
import { Select, TextInput } from '@/components/ui/Field';
import { Icon } from '@/components/ui/Icon';
import { formatDate } from '@/i18n/format';
import { useTranslation } from '@/i18n/react';
import { MAX_PHOTOS } from '@/lib/photo-limits';
import { publicTicketQueries } from '../api/queries';
import {
  childrenOf,
  MAX_DESCRIPTION,
  topCategories,
  validateReport,
  type ReportBuilding,
  type ReportErrors,
  type ReportValues,
} from '../api/validate-report';
import type { PhotoInput } from '../api/writes';
import type { Category, Urgency } from '../types';
import { StatusBadge } from './StatusBadge';

export interface ValidReport {
  category: Category;
  building: ReportBuilding;
  area: string | null;
  description: string;
  urgency: Urgency;
  photos: PhotoInput[];
  /** Proxy reports: the resident's name as told to the worker. */
  proxyFor?: string;
}

const DRAFT_KEY = 'shequ.reportDraft';

function loadDraft(): Partial<ReportValues> {
  try {
    return (JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null') as Partial<ReportValues> | null) ?? {};
  } catch {
    return {};
  }
}

export function clearReportDraft() {
  try {
    localStorage.removeItem(DRAFT_KEY);
  } catch {
    /* ignore */
  }
}

interface SpeechRecognitionLike {
  lang: string;
  interimResults: boolean;
  onresult: ((e: { results: ArrayLike<ArrayLike<{ transcript: string }>> }) => void) | null;
  onend: (() => void) | null;
  start(): void;
}

function speechRecognition(): (new () => SpeechRecognitionLike) | null {
  const w = window as unknown as Record<string, unknown>;
  return (w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null) as
    (new () => SpeechRecognitionLike) | null;
}

/**
 * Report a problem in a few taps: what (a category tree), a description (typed or spoken), where (own flat,
 * or a common area of a building), how urgent, up to 3 photos shrunk on the phone. Before sending it shows
 * open reports of the same problem in the same building so the resident can say "me too" instead. What is
 * typed is kept as a draft on the phone until it is sent.
 */
export function ReportForm({
  categories,
  buildings,
  homeBuildingId,
  homeAddress,
  initial,
  followedIds,
  onSubmit,
  onFollow,
  proxy = false,
}: {
  categories: Category[];
  buildings: ReportBuilding[];
  homeBuildingId: string;
  homeAddress: string;
  initial?: { values: ReportValues; photos: PhotoInput[] } | undefined;
  followedIds: ReadonlySet<string>;
  onSubmit: (report: ValidReport) => Promise<void>;
  onFollow: (publicTicketId: string) => Promise<void>;
  /** A worker filing for a resident who came in or phoned: asks for the resident's name; no draft kept. */
  proxy?: boolean;
}) {
  const { t, lang } = useTranslation();
  const [reporter, setReporter] = useState('');
  const [reporterError, setReporterError] = useState<string | null>(null);
  const [values, setValues] = useState<ReportValues>(() => ({
    top: '',
    categoryId: '',
    description: '',
    where: 'flat',
    buildingId: homeBuildingId,
    area: '',
    urgency: 'normal',
    ...(initial?.values ?? (proxy ? {} : loadDraft())),
  }));
  const [photos, setPhotos] = useState<PhotoInput[]>(initial?.photos ?? []);
  const [errors, setErrors] = useState<ReportErrors>({});
  const [photoError, setPhotoError] = useState<string | null>(null);
  const [shrinking, setShrinking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [listening, setListening] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const [focusError, setFocusError] = useState(0);
  useEffect(() => {
    // After a refused submit, take the user to the first field that needs attention.
    if (focusError) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusError]);

  useEffect(() => {
    if (proxy) return;
    try {
      localStorage.setItem(DRAFT_KEY, JSON.stringify(values));
    } catch {
      /* a full storage must not block typing */
    }
  }, [values, proxy]);

  const set = <K extends keyof ReportValues>(key: K, value: ReportValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const name = (c: Category) => (lang === 'en' ? c.en : c.zh);
  const tops = topCategories(categories);
  const kids = values.top ? childrenOf(categories, values.top) : [];
  const chosenCategory = kids.length ? values.categoryId : values.top;
  const placeBuildingId = values.where === 'flat' ? homeBuildingId : values.buildingId;
  const placeBuilding = buildings.find((b) => b.id === placeBuildingId);

  async function addPhotos(files: FileList | null) {
    if (!files?.length) return;
    setPhotoError(null);
    const room = MAX_PHOTOS - photos.length;
    if (files.length > room) setPhotoError(t('report.errors.tooManyPhotos'));
    setShrinking(true);
    try {
      // The shrinking code (and its compression library) loads when the first photo is picked.
      const { shrinkPhoto } = await import('@/lib/image');
      for (const file of [...files].slice(0, Math.max(0, room))) {
        try {
          const shrunk = await shrinkPhoto(file);
          setPhotos((p) => (p.length < MAX_PHOTOS ? [...p, shrunk] : p));
        } catch {
          setPhotoError(t('report.errors.photoFailed'));
        }
      }
    } catch {
      setPhotoError(t('report.errors.photoFailed'));
    } finally {
      setShrinking(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  }

  function listen() {
    const Recognition = speechRecognition();
    if (!Recognition) return;
    const r = new Recognition();
    r.lang = lang;
    r.interimResults = false;
    r.onresult = (e) => {
      const said = Array.from(e.results)
        .map((res) => res[0]?.transcript ?? '')
        .join('');
      setValues((v) => ({ ...v, description: v.description ? `${v.description}${said}` : said }));
    };
    r.onend = () => setListening(false);
    setListening(true);
    r.start();
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const { errors: next, category, building } = validateReport(values, categories, buildings);
    setErrors(next);
    const reporterMissing = proxy && !reporter.trim();
    setReporterError(reporterMissing ? t('proxy.errors.reporterMissing') : null);
    if (!category || reporterMissing) {
      setFocusError((n) => n + 1);
      return;
    }
    setBusy(true);
    setFormError(null);
    try {
      await onSubmit({
        category,
        building: values.where === 'flat' ? buildings.find((b) => b.id === homeBuildingId)! : building!,
        area: values.where === 'common' ? values.area : null,
        description: values.description.trim(),
        urgency: values.urgency,
        photos,
        ...(proxy ? { proxyFor: reporter.trim() } : {}),
      });
    } catch (err) {
      setFormError(t('actions.failed', { reason: (err as Error).message }));
      setBusy(false);
    }
  }

  const ids = { base: useId() };
  const err = (k: keyof ReportErrors, params?: Record<string, number>) =>
    errors[k] ? t(`report.errors.${errors[k]}`, params) : null;

  return (
    <form ref={form} onSubmit={submit} noValidate className="flex flex-col gap-6">
      {proxy && (
        <TextInput
          label={t('proxy.reporter')}
          hint={t('proxy.reporterHint')}
          error={reporterError}
          value={reporter}
          maxLength={40}
          onChange={(e) => setReporter(e.target.value)}
        />
      )}
      <Choice
        id={`${ids.base}-category`}
        legend={t('report.category')}
        error={err('category') && !values.top ? err('category') : null}
        options={tops.map((c) => ({ value: c.id, label: name(c) }))}
        value={values.top}
        onChange={(top) => setValues((v) => ({ ...v, top, categoryId: '' }))}
        columns
      />
      {kids.length > 0 && (
        <Choice
          id={`${ids.base}-subcategory`}
          legend={t('report.subcategory')}
          error={errors.category === 'subcategoryMissing' ? err('category') : null}
          options={kids.map((c) => ({ value: c.id, label: name(c) }))}
          value={values.categoryId}
          onChange={(categoryId) => set('categoryId', categoryId)}
          columns
        />
      )}

      <div className="flex flex-col gap-1">
        <label htmlFor={`${ids.base}-description`} className="text-lg font-bold">
          {t('report.description')}
        </label>
        <textarea
          id={`${ids.base}-description`}
          rows={4}
          value={values.description}
          onChange={(e) => set('description', e.target.value)}
          aria-invalid={Boolean(errors.description)}
          aria-describedby={`${ids.base}-description-hint${errors.description ? ` ${ids.base}-description-error` : ''}`}
          className="w-full rounded-xl border border-stone-500 bg-white p-3 text-lg aria-[invalid=true]:border-red-700"
        />
        <p id={`${ids.base}-description-hint`} className="text-sm text-stone-700">
          {t('report.descriptionHint')} · {values.description.trim().length}/{MAX_DESCRIPTION}
        </p>
        {errors.description && (
          <p id={`${ids.base}-description-error`} role="alert" className="text-base font-medium text-red-800">
            {err('description', { count: values.description.trim().length })}
          </p>
        )}
        {speechRecognition() && (
          <Button variant="secondary" onClick={listen} disabled={listening} className="self-start">
            {listening ? t('report.voiceListening') : t('report.voice')}
          </Button>
        )}
      </div>

      <Choice
        id={`${ids.base}-where`}
        legend={t('report.where')}
        options={[
          { value: 'flat', label: t('report.whereFlat', { address: homeAddress }) },
          { value: 'common', label: t('report.whereCommon') },
        ]}
        value={values.where}
        onChange={(where) => set('where', where as 'flat' | 'common')}
      />
      {values.where === 'common' && (
        <div className="flex flex-col gap-3 rounded-2xl border border-stone-200 bg-white p-3">
          <Select
            label={t('report.building')}
            error={err('building')}
            value={values.buildingId}
            onChange={(e) => setValues((v) => ({ ...v, buildingId: e.target.value, area: '' }))}
          >
            {buildings.map((b) => (
              <option key={b.id} value={b.id}>
                {t('building.name', { number: b.number })}
              </option>
            ))}
          </Select>
          <Select
            label={t('report.area')}
            error={err('area')}
            value={values.area}
            onChange={(e) => set('area', e.target.value)}
          >
            <option value="">{t('report.chooseArea')}</option>
            {(placeBuilding?.commonAreas ?? []).map((a) => (
              <option key={a} value={a}>
                {t(`area.${a as 'lift'}`)}
              </option>
            ))}
          </Select>
        </div>
      )}

      {chosenCategory && placeBuilding && (
        <Similar
          buildingId={placeBuilding.id}
          categoryId={chosenCategory}
          categoryName={(() => {
            const c = categories.find((x) => x.id === chosenCategory);
            return c ? name(c) : chosenCategory;
          })()}
          followedIds={followedIds}
          onFollow={onFollow}
        />
      )}

      <Choice
        id={`${ids.base}-urgency`}
        legend={t('report.urgency')}
        options={[
          { value: 'normal', label: t('report.urgencyNormal') },
          { value: 'urgent', label: t('report.urgencyUrgent') },
        ]}
        value={values.urgency}
        onChange={(u) => set('urgency', u as Urgency)}
      />

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-lg font-bold">{t('report.photos')}</legend>
        {photos.length > 0 && (
          <ul className="grid grid-cols-3 gap-2">
            {photos.map((p, i) => (
              <li key={i} className="relative">
                <img
                  src={p.dataUrl}
                  alt={t('report.photoAlt', { n: i + 1 })}
                  className="aspect-square w-full rounded-xl object-cover"
                />
                <button
                  type="button"
                  onClick={() => setPhotos((ps) => ps.filter((_, j) => j !== i))}
                  className="tap absolute right-1 top-1 flex items-center justify-center rounded-full bg-white/90 text-stone-900"
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
          id={`${ids.base}-photos`}
          type="file"
          accept="image/*"
          multiple
          className="sr-only"
          onChange={(e) => void addPhotos(e.target.files)}
          disabled={photos.length >= MAX_PHOTOS || shrinking}
        />
        <label
          htmlFor={`${ids.base}-photos`}
          className={`tap inline-flex items-center justify-center gap-2 self-start rounded-xl border border-stone-400 bg-white px-4 py-2 text-base font-medium ${
            photos.length >= MAX_PHOTOS ? 'opacity-60' : 'cursor-pointer'
          }`}
        >
          {shrinking ? t('report.shrinking') : `${t('report.addPhoto')} (${photos.length}/${MAX_PHOTOS})`}
        </label>
        {photoError && (
          <p role="alert" className="text-base font-medium text-red-800">
            {photoError}
          </p>
        )}
      </fieldset>

      {formError && (
        <p role="alert" className="text-base font-medium text-red-800">
          {formError}
        </p>
      )}
      <Button type="submit" disabled={busy || shrinking} className="text-lg">
        {busy ? t('report.submitting') : t('report.submit')}
      </Button>
    </form>
  );
}

/** Open reports of the same problem in the same building, each with a "me too" button. */
function Similar({
  buildingId,
  categoryId,
  categoryName,
  followedIds: followed,
  onFollow: follow,
}: {
  buildingId: string;
  categoryId: string;
  categoryName: string;
  followedIds: ReadonlySet<string>;
  onFollow: (id: string) => Promise<void>;
}) {
  const { t, lang } = useTranslation();
  const headingId = useId();
  const similar = useQuery(publicTicketQueries.similar(buildingId, categoryId));
  const [followError, setFollowError] = useState<string | null>(null);
  const [justFollowed, setJustFollowed] = useState<string | null>(null);
  if (!similar.data?.length) return null;
  return (
    <section aria-labelledby={headingId} className="rounded-2xl border-2 border-amber-400 bg-amber-50 p-4">
      <h2 id={headingId} className="text-lg font-bold text-amber-950">
        {t('report.similarTitle')}
      </h2>
      <p className="mb-3 text-base text-amber-950">{t('report.similarHint')}</p>
      <ul className="flex flex-col gap-3">
        {similar.data.map((p) => {
          const isFollowed = followed.has(p.id) || justFollowed === p.id;
          return (
            <li key={p.id} className="rounded-xl bg-white p-3">
              <p className="flex flex-wrap items-center gap-2 text-base font-bold">
                {categoryName} · {t('building.name', { number: p.buildingNumber })} ·{' '}
                {t(`area.${p.area as 'lift'}`)}
                <StatusBadge status={p.status} />
              </p>
              <p className="text-sm text-stone-800">
                {t('report.similarItem', {
                  date: formatDate(p.createdAt, lang),
                  status: t(`status.${p.status}`),
                })}
                {p.followerCount > 0 && ` · ${t('report.followers', { count: p.followerCount })}`}
              </p>
              <Button
                variant={isFollowed ? 'ghost' : 'secondary'}
                className="mt-2"
                disabled={isFollowed}
                onClick={async () => {
                  setFollowError(null);
                  try {
                    await follow(p.id);
                    setJustFollowed(p.id);
                  } catch (e) {
                    setFollowError(t('report.followFailed', { reason: (e as Error).message }));
                  }
                }}
              >
                {isFollowed ? t('report.following') : t('report.metoo')}
              </Button>
            </li>
          );
        })}
      </ul>
      {followError && (
        <p role="alert" className="mt-2 text-base font-medium text-red-800">
          {followError}
        </p>
      )}
    </section>
  );
}

/** A radio group as big tappable cards, with its legend and error tied together. */
function Choice({
  id,
  legend,
  options,
  value,
  onChange,
  error,
  columns = false,
}: {
  id: string;
  legend: string;
  options: { value: string; label: ReactNode }[];
  value: string;
  onChange: (v: string) => void;
  error?: string | null;
  columns?: boolean;
}) {
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-describedby={error ? `${id}-error` : undefined}
      aria-invalid={error ? true : undefined}
      className="flex flex-col gap-2"
    >
      <legend className="mb-1 text-lg font-bold">{legend}</legend>
      <div className={columns ? 'grid grid-cols-2 gap-2' : 'flex flex-col gap-2'}>
        {options.map((o) => (
          <label
            key={o.value}
            className={`tap flex cursor-pointer items-center gap-3 rounded-xl border-2 px-3 py-2 text-base ${
              value === o.value ? 'border-brand-700 bg-brand-50 font-bold' : 'border-stone-300 bg-white'
            }`}
          >
            <input
              type="radio"
              name={id}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              className="h-5 w-5 shrink-0"
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-base font-medium text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}

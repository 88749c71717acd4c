import { lazy, Suspense, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { Select, TextInput } from '@/components/ui/Field';
import { useTranslation } from '@/i18n/react';
import { descriptionMax, nameMax, notBlank, reportPhotosMax } from '@/lib/policy';
import {
  childrenOf,
  topCategories,
  validateReport,
  type ReportBuilding,
  type ReportErrors,
  type ReportValues,
  type ValidReport,
} from '../api/validate-report';
import type { PhotoInput, VoiceInput } from '../api/writes';
import type { Category, Urgency } from '../types';
import { RadioCards } from './RadioCards';
import { clearReportDraft, loadDraft, useDraft } from './useDraft';
import { errorMessage } from '@/lib/errors';
import { FormError } from '@/components/ui/FormError';
import { BuildingOptions } from '@/components/ui/BuildingOptions';
import reportMessages from '@/i18n/zh-CN.report';
import { addMessages } from '@/i18n';

// This screen's messages (not in every first load).
addMessages(reportMessages);

// Open reports like this one, once a category is chosen: not part of the screen's first load. If its code
// cannot be fetched (offline with no service worker) the form goes on without it.
const SimilarReports = lazy(() =>
  import('./SimilarReports').then(
    (m) => ({ default: m.SimilarReports }),
    () => ({ default: () => null }),
  ),
);

// The photo step sits at the bottom of the form: its code is fetched as the form loads (not in the screen's
// first load), in the moment before anyone scrolls there.
const photoPicker = import('./PhotoPicker');
const PhotoPicker = lazy(() => photoPicker.then((m) => ({ default: m.PhotoPicker })));

// The chosen category's questions and "where exactly": a chunk of their own, fetched once a category is
// chosen. If it cannot be fetched, the form goes on without them (and does not ask for their answers).
const details = () =>
  import('./ReportDetails').catch((): typeof import('./ReportDetails') => ({
    Questions: () => [],
    WhereExactly: () => null,
    Deadlines: () => <></>,
    checkDetails: () => ({ errors: {}, answers: [] }),
  }));
// The voice message: a chunk of its own (with its messages), offered only where the phone can record.
const VoiceRecorder = lazy(() => import('./VoiceRecorder').then((m) => ({ default: m.VoiceRecorder })));
const canRecord = typeof MediaRecorder !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia);

const Questions = lazy(() => details().then((m) => ({ default: m.Questions })));
const WhereExactly = lazy(() => details().then((m) => ({ default: m.WhereExactly })));
const Deadlines = lazy(() => details().then((m) => ({ default: m.Deadlines })));

/**
 * Report a problem in a few taps: what (a category tree), a description (typed, or a voice message instead), where (own flat,
 * or a common area of a building), how urgent, up to 3 photos shrunk on the phone. Before sending it shows
 * open reports of the same problem in the same building so the resident can say "me too" instead. What is
 * typed is kept as a draft on the phone until it is sent, or until the resident says "me too" instead.
 */
export function ReportForm({
  categories,
  buildings,
  homeBuildingId,
  homeAddress,
  initial,
  followedIds,
  ownTicketIds,
  onSubmit,
  onFollow,
  proxy = false,
}: {
  categories: Category[];
  buildings: ReportBuilding[];
  homeBuildingId: string;
  homeAddress: string;
  initial?: { values: ReportValues; photos: PhotoInput[]; voice: VoiceInput | null } | undefined;
  followedIds: ReadonlySet<string>;
  /** The household's own tickets (null while they load): the "me too" panel never offers them. */
  ownTicketIds: ReadonlySet<string> | null;
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
  const [voice, setVoice] = useState(initial?.voice ?? null);
  const [recording, setRecording] = useState(false);
  const [errors, setErrors] = useState<ReportErrors>({});
  const [shrinking, setShrinking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const [focusError, setFocusError] = useState(0);
  useEffect(() => {
    // After a refused submit, take the user to the first field that needs attention.
    if (focusError) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusError]);

  // A draft is what the person typed for a report they still mean to send: saying "me too" instead ends it.
  const [keepDraft, setKeepDraft] = useState(!proxy);
  useDraft(values, keepDraft, photos, setPhotos, !proxy && !initial, Boolean(voice));
  const follow = async (publicTicketId: string) => {
    await onFollow(publicTicketId);
    setKeepDraft(false);
    clearReportDraft();
  };

  const set = <K extends keyof ReportValues>(key: K, value: ReportValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  // a detail changed: its message about what was there goes
  const change = (patch: Partial<ReportValues>, field?: keyof ReportErrors) => {
    setValues((v) => ({ ...v, ...patch }));
    if (field) setErrors((x) => ({ ...x, [field]: undefined }));
  };
  const name = (c: Category) => (lang === 'en' ? c.en : c.zh);
  const tops = topCategories(categories);
  const kids = values.top ? childrenOf(categories, values.top) : [];
  const chosenCategory = kids.length ? values.categoryId : values.top;
  const placeBuildingId = values.where === 'flat' ? homeBuildingId : values.buildingId;
  const placeBuilding = buildings.find((b) => b.id === placeBuildingId);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validateReport(values, categories, buildings, Boolean(voice));
    const { category, building } = checked;
    setErrors(checked.errors);
    const reporterMissing = proxy && !notBlank(reporter);
    setReporterError(reporterMissing ? t('proxy.errors.reporterMissing') : null);
    // the details (answers, another flat) are checked by their chunk, fetched once a category was chosen
    const more = chosen ? (await details()).checkDetails(values, chosen) : null;
    if (more) setErrors({ ...checked.errors, ...more.errors });
    // (an over-long name is marked at its field as it is typed)
    if (
      !category ||
      !more ||
      Object.keys(more.errors).length ||
      reporterMissing ||
      reporter.length > nameMax
    ) {
      setFocusError((n) => n + 1);
      return;
    }
    setBusy(true);
    setFormError(null);
    try {
      await onSubmit({
        category,
        building:
          values.where === 'flat' || category.noLocation
            ? buildings.find((b) => b.id === homeBuildingId)!
            : building!,
        area: values.where === 'common' && !category.noLocation ? values.area : null,
        entrance: values.where === 'common' && values.entrance ? Number(values.entrance) : null,
        otherFlat: values.where === 'flat' ? values.otherFlat?.trim() || null : null,
        noPlace: category.noLocation,
        answers: more?.answers ?? [],
        description: values.description.trim(),
        urgency: values.urgency,
        photos,
        voice,
        ...(proxy ? { proxyFor: reporter.trim() } : {}),
      });
    } catch (err) {
      setFormError(errorMessage(err));
      setBusy(false);
    }
  }

  const ids = { base: useId() };
  // The description's length is checked as it is typed (the other fields when the report is sent).
  const descriptionLength = values.description.trim().length;
  const descriptionError = descriptionLength > descriptionMax ? 'descriptionTooLong' : errors.description;
  const chosen = categories.find((x) => x.id === chosenCategory);
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
          limit={nameMax}
          onChange={(e) => setReporter(e.target.value)}
        />
      )}
      <RadioCards
        id={`${ids.base}-category`}
        legend={t('report.category')}
        error={err('category') && !values.top ? err('category') : null}
        options={tops.map((c) => ({ value: c.id, label: name(c) }))}
        value={values.top}
        onChange={(top) => setValues((v) => ({ ...v, top, categoryId: '', answers: [] }))}
        columns
      />
      {kids.length > 0 && (
        <RadioCards
          id={`${ids.base}-subcategory`}
          legend={t('report.subcategory')}
          error={errors.category === 'subcategoryMissing' ? err('category') : null}
          options={kids.map((c) => ({ value: c.id, label: name(c) }))}
          value={values.categoryId}
          onChange={(categoryId) => setValues((v) => ({ ...v, categoryId, answers: [] }))}
          columns
        />
      )}
      {chosen?.questions.length ? (
        <Suspense>
          <Questions
            key={chosen.id}
            questions={chosen.questions}
            values={values}
            onChange={change}
            err={err}
          />
        </Suspense>
      ) : null}

      <div className="flex flex-col gap-1">
        <label htmlFor={`${ids.base}-description`} className="text-lg font-bold">
          {t('report.description')}
        </label>
        <textarea
          id={`${ids.base}-description`}
          rows={4}
          value={values.description}
          onChange={(e) => {
            set('description', e.target.value);
            // a message about what was there goes once it is changed (a length over the limit is live)
            if (errors.description) setErrors(({ description: _, ...rest }) => rest);
          }}
          aria-invalid={Boolean(descriptionError)}
          aria-describedby={`${descriptionError ? `${ids.base}-description-error ` : ''}${ids.base}-description-hint`}
          className="w-full rounded-xl border border-stone-500 bg-white p-3 text-lg aria-[invalid=true]:border-red-700"
        />
        <p id={`${ids.base}-description-hint`} className="text-sm text-stone-700">
          {t(voice ? 'report.descriptionVoiceHint' : 'report.descriptionHint')} · {descriptionLength}/
          {descriptionMax}
        </p>
        {descriptionError && (
          <p id={`${ids.base}-description-error`} role="alert" className="text-base font-medium text-red-800">
            {t(`report.errors.${descriptionError}`, { count: descriptionLength, max: descriptionMax })}
          </p>
        )}
      </div>

      {canRecord && (
        <Suspense>
          <VoiceRecorder
            voice={voice}
            onVoice={(v) => {
              setVoice(v);
              // (a description missing is no longer missing)
              if (v) setErrors(({ description: _, ...rest }) => rest);
            }}
            onRecording={setRecording}
            keep={keepDraft}
            restore={!proxy && !initial}
          />
        </Suspense>
      )}

      {!chosen?.noLocation && (
        <RadioCards
          id={`${ids.base}-where`}
          legend={t('report.where')}
          options={[
            {
              value: 'flat',
              // for a proxy report, not "my home": the household the worker reports for
              label: t(proxy ? 'proxy.whereFlat' : 'report.whereFlat', { address: homeAddress }),
            },
            { value: 'common', label: t('report.whereCommon') },
          ]}
          value={values.where}
          onChange={(where) => set('where', where as 'flat' | 'common')}
        />
      )}
      {!chosen?.noLocation && values.where === 'common' && (
        <div className="flex flex-col gap-3 rounded-2xl border border-stone-200 bg-white p-3">
          <Select
            label={t('report.building')}
            error={err('building')}
            value={values.buildingId}
            onChange={(e) => setValues((v) => ({ ...v, buildingId: e.target.value, area: '' }))}
          >
            <BuildingOptions buildings={buildings} />
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
          {chosen && (
            <Suspense>
              <WhereExactly
                entrances={placeBuilding?.entrances ?? 1}
                values={values}
                onChange={change}
                err={err}
              />
            </Suspense>
          )}
        </div>
      )}
      {chosen && !chosen.noLocation && values.where === 'flat' && (
        <Suspense>
          <WhereExactly values={values} onChange={change} err={err} />
        </Suspense>
      )}

      {chosenCategory && placeBuilding && !chosen?.noLocation && (
        <Suspense fallback={null}>
          <SimilarReports
            buildingId={placeBuilding.id}
            categoryId={chosenCategory}
            categoryName={chosen ? name(chosen) : chosenCategory}
            followedIds={followedIds}
            ownTicketIds={ownTicketIds}
            onFollow={follow}
          />
        </Suspense>
      )}

      <RadioCards
        id={`${ids.base}-urgency`}
        legend={t('report.urgency')}
        options={[
          { value: 'normal', label: t('report.urgencyNormal') },
          { value: 'urgent', label: t('report.urgencyUrgent') },
        ]}
        value={values.urgency}
        onChange={(u) => set('urgency', u as Urgency)}
      />
      {chosen && (
        <Suspense>
          <Deadlines category={chosen} urgency={values.urgency} />
        </Suspense>
      )}

      <Suspense fallback={<div className="min-h-24" />}>
        <PhotoPicker
          photos={photos}
          onPhotos={setPhotos}
          max={reportPhotosMax}
          shrinking={shrinking}
          onShrinking={setShrinking}
        />
      </Suspense>

      <FormError>{formError}</FormError>
      <Button type="submit" disabled={busy || shrinking || recording} className="text-lg">
        {busy ? t('report.submitting') : t('report.submit')}
      </Button>
    </form>
  );
}

import rosetta from 'rosetta';
import { pluralForm } from './format';
import type { MessageKey, MessageParams, Messages } from './messages';
import { STORAGE_KEY, storedLanguage, type Language } from './stored';
import zhCN from './zh-CN';

/**
 * All UI text goes through here: rosetta (dictionary lookup + `{{param}}` interpolation) with typed keys,
 * plural forms as `Intl.PluralRules` chooses them (`key_one` / `key_other`; see `pluralForm`), and a
 * loud failure on a missing key.
 * Only the default language's core messages ship in the first-load bundle; English is fetched when chosen,
 * and the staff screens' messages with those screens (`loadStaffMessages`).
 */
export { LANGUAGES, storedLanguage, type Language } from './stored';
export type { MessageKey, MessageParams };

// A copy: loading the staff messages merges into the table, which must not change the imported module.
const dict = rosetta<Messages>({ 'zh-CN': { ...zhCN } as unknown as Messages });
let staffWanted = false;
let language: Language = 'zh-CN';
dict.locale(language);
const listeners = new Set<() => void>();

export function currentLanguage(): Language {
  return language;
}

/** Whether the language has a string at exactly this key. */
export function hasMessage(key: string, lang: Language = language): boolean {
  return typeof dict.t(key, undefined, lang) === 'string' && dict.t(key, undefined, lang) !== '';
}

/** Called with the key when a message is missing (tests make this fail). */
export let onMissingMessage = (key: string, lang: Language) => {
  console.error(`[i18n] missing message "${key}" for ${lang}`);
};
export function setMissingMessageHandler(fn: typeof onMissingMessage) {
  onMissingMessage = fn;
}

export function t(key: MessageKey, params?: MessageParams): string {
  let k: string = key;
  if (params && typeof params.count === 'number' && hasMessage(`${key}_other`)) {
    const form = pluralForm(params.count, language);
    k = hasMessage(`${key}_${form}`) ? `${key}_${form}` : `${key}_other`;
  }
  const out = dict.t(k, params) as unknown;
  if (typeof out !== 'string' || out === '') {
    onMissingMessage(k, language);
    return k;
  }
  return out;
}

const loaded = new Set<string>(['zh-CN']);

type Table = { [key: string]: string | Table };
function merge(into: Table, part: Table): Table {
  const out: Table = { ...into };
  for (const [k, v] of Object.entries(part))
    out[k] = typeof v === 'string' || typeof out[k] !== 'object' ? v : merge(out[k] as Table, v);
  return out;
}
/** Merges a part into a language's table section by section (a section may be split across parts). */
function mergeInto(lang: Language, part: object) {
  dict.set(lang, merge((dict.table(lang) ?? {}) as unknown as Table, part as Table) as unknown as Messages);
}

async function ensureLoaded(lang: Language) {
  const parts: Promise<void>[] = [];
  if (lang === 'en' && !loaded.has('en')) {
    parts.push(import('./en').then((m) => mergeInto('en', m.default)));
  }
  if (staffWanted && !loaded.has(`${lang}:staff`)) {
    parts.push(
      (lang === 'en' ? import('./en.staff') : import('./zh-CN.staff')).then((m) =>
        mergeInto(lang, m.default),
      ),
    );
  }
  await Promise.all(parts);
  loaded.add(lang);
  if (staffWanted) loaded.add(`${lang}:staff`);
}

/**
 * Adds a part of the default language's messages (`zh-CN.signin.ts`…), merged section by section into what
 * is there: each module that renders a part's messages calls it when it loads, so the messages arrive with
 * the screen's code rather than in every first load. English holds every key already.
 */
export function addMessages(part: object) {
  mergeInto('zh-CN', part);
}

let staffLoading: Promise<void> | undefined;
/**
 * Loads the staff screens' messages (in the current language, and in any language chosen later). The same
 * promise until it settles well, so a screen can wait for it with React's `use` (a failed load is tried
 * again next time).
 */
export function loadStaffMessages(): Promise<void> {
  staffWanted = true;
  staffLoading ??= ensureLoaded(language).catch((e: unknown) => {
    staffLoading = undefined;
    throw e;
  });
  return staffLoading;
}

export async function setLanguage(lang: Language) {
  await ensureLoaded(lang);
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* ignore */
  }
  language = lang;
  dict.locale(lang);
  document.documentElement.lang = lang;
  listeners.forEach((l) => l());
}

/** Resolves when the stored language is ready (at once for the default language). */
export function initLanguage(): Promise<void> {
  const lang = storedLanguage();
  document.documentElement.lang = lang;
  return lang === 'zh-CN' ? Promise.resolve() : setLanguage(lang);
}

export function onLanguageChange(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

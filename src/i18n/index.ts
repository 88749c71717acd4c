import rosetta from 'rosetta';
import type { MessageKey, MessageParams, Messages } from './messages';
import zhCN from './zh-CN';

/**
 * All UI text goes through here: rosetta (dictionary lookup + `{{param}}` interpolation) with typed keys,
 * plural forms chosen by `Intl.PluralRules` (`key_one` / `key_other`), and a loud failure on a missing key.
 * Only the default language ships in the first-load bundle; English is fetched when chosen.
 */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type { MessageKey, MessageParams };

const STORAGE_KEY = 'shequ.lang';
const dict = rosetta<Messages>({ 'zh-CN': zhCN });
let language: Language = 'zh-CN';
dict.locale(language);
const listeners = new Set<() => void>();

export function storedLanguage(): Language {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    if (v === 'en' || v === 'zh-CN') return v;
  } catch {
    /* storage may be unavailable */
  }
  return 'zh-CN';
}

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
    const form = new Intl.PluralRules(language).select(params.count);
    k = hasMessage(`${key}_${form}`) ? `${key}_${form}` : `${key}_other`;
  }
  const out = dict.t(k, params) as unknown;
  if (typeof out !== 'string' || out === '') {
    onMissingMessage(k, language);
    return k;
  }
  return out;
}

async function ensureLoaded(lang: Language) {
  if (lang === 'en' && !dict.table('en')) {
    const en = (await import('./en')).default;
    dict.set('en', en);
  }
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

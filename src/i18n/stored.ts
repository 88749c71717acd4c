/** The language this phone chose (kept in localStorage); its own file, so the start-up script can read it. */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const STORAGE_KEY = 'shequ.lang';

export function storedLanguage(): Language {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    if (v === 'en' || v === 'zh-CN') return v;
  } catch {
    /* storage may be unavailable */
  }
  return 'zh-CN';
}

import { storedLanguage } from '@/i18n/stored';

/** en.ts's `app.loading` (the test checks they agree): the English dictionary is not loaded this early. */
export const LOADING_EN = 'Loading…';

/**
 * index.html shows "正在加载…" until React's first render, so a slow download never leaves the page blank.
 * Run by the start-up script (src/boot.ts), before React: says it in English when that is this phone's
 * language, and sets the page's language for screen readers.
 */
export function sayLoading(doc: Document = document) {
  if (storedLanguage() !== 'en') return;
  doc.documentElement.lang = 'en';
  const placeholder = doc.querySelector('#root > [role="status"]');
  if (placeholder) placeholder.textContent = LOADING_EN;
}

import { useSyncExternalStore } from 'react';
import { currentLanguage, onLanguageChange, t } from './index';

/** Components re-render when the language changes. */
export function useTranslation() {
  const lang = useSyncExternalStore(onLanguageChange, currentLanguage);
  return { t, lang };
}

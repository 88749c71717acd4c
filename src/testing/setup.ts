import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { loadStaffMessages, setLanguage, setMissingMessageHandler } from '@/i18n';
import { reloadPrefs } from '@/lib/prefs';

// A missing translation is a bug: any test that renders one fails.
setMissingMessageHandler((key, lang) => {
  throw new Error(`missing message "${key}" for ${lang}`);
});

// Components are rendered without their routes here, so the staff screens' messages are loaded up front.
await loadStaffMessages();

// Pure logic tests run in node (`// @vitest-environment node`): no page, so nothing of one to reset.
const hasPage = typeof document !== 'undefined';

beforeEach(async () => {
  if (!hasPage) return;
  localStorage.clear();
  reloadPrefs();
  await setLanguage('zh-CN');
});

afterEach(() => {
  if (hasPage) cleanup();
});

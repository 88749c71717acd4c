/** The set-up of every unit test that runs in jsdom (./setup.ts). */
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { addMessages, loadStaffMessages, setLanguage, setMissingMessageHandler } from '@/i18n';
import events from '@/i18n/zh-CN.events';
import eventList from '@/i18n/zh-CN.event-list';
import report from '@/i18n/zh-CN.report';
import questions from '@/i18n/zh-CN.questions';
import follow from '@/i18n/zh-CN.follow';
import inbox from '@/i18n/zh-CN.inbox';
import notify from '@/i18n/zh-CN.notify';
import actions from '@/i18n/zh-CN.actions';
import timeline from '@/i18n/zh-CN.timeline';
import signin from '@/i18n/zh-CN.signin';
import volunteer from '@/i18n/zh-CN.volunteer';
import voice from '@/i18n/zh-CN.voice';
import outbox from '@/i18n/zh-CN.outbox';
import { reloadPrefs } from '@/lib/prefs';

// A missing translation is a bug: any test that renders one fails.
setMissingMessageHandler((key, lang) => {
  throw new Error(`missing message "${key}" for ${lang}`);
});

// Components are rendered without their routes here, so the staff screens' messages and the parts of the
// core messages that come with screens are loaded up front.
await loadStaffMessages();
for (const part of [
  signin,
  events,
  eventList,
  volunteer,
  report,
  follow,
  inbox,
  notify,
  questions,
  actions,
  timeline,
  voice,
  outbox,
])
  addMessages(part);

beforeEach(async () => {
  localStorage.clear();
  reloadPrefs();
  await setLanguage('zh-CN');
});

afterEach(() => {
  cleanup();
});

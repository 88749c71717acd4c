/** Debian chromium driven by playwright-core (no browser download). Playwright gives every launch a fresh
 * temporary profile. */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const PHONE = { width: 390, height: 844 };

/** `args`: more command-line switches, for one spec's browser (e.g. FAKE_MICROPHONE). */
export async function launch(args: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...args,
    ],
  });
}

/** A microphone that plays a tone, granted without asking (the voice message's spec). */
export const FAKE_MICROPHONE = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];

/** A phone-sized context: 390×844, touch, Chinese locale. */
export function phoneContext(
  browser: Browser,
  baseURL: string,
  extra: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    ...extra,
  });
}

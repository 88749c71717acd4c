import { afterEach, describe, expect, it } from 'vitest';
import { linkManifest, MANIFEST_HREF } from './install';

const links = () => [...document.querySelectorAll<HTMLLinkElement>('link[rel="manifest"]')];

describe('linkManifest', () => {
  afterEach(() => links().forEach((l) => l.remove()));

  it('links the web app manifest from the page head', () => {
    expect(links()).toHaveLength(0);
    linkManifest();
    expect(links().map((l) => l.getAttribute('href'))).toEqual([MANIFEST_HREF]);
    expect(links()[0]?.parentElement).toBe(document.head);
  });

  it('links it once, however often it is called', () => {
    linkManifest();
    linkManifest();
    expect(links()).toHaveLength(1);
  });
});

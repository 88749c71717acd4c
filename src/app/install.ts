/** Where vite-plugin-pwa writes the web app manifest (vite.config.ts takes its link out of index.html). */
export const MANIFEST_HREF = '/manifest.webmanifest';

/**
 * Links the web app manifest (what makes the app installable: name, icons, colours), once the first screen
 * has painted: the browser fetches the manifest and an icon as soon as it sees the link, and on a weak
 * connection those bytes would arrive before the screen's own code.
 */
export function linkManifest(doc: Document = document) {
  if (doc.querySelector('link[rel="manifest"]')) return;
  const link = doc.createElement('link');
  link.rel = 'manifest';
  link.href = MANIFEST_HREF;
  doc.head.append(link);
}

/**
 * Build-time stand-in for `re2js` (~50 KB gzip), which @firebase/firestore ≥ 4.17 imports only to evaluate
 * regular expressions inside Firestore Pipelines. This app never runs a pipeline; if one ever did, the SDK
 * catches the error below and reports an invalid pattern instead of crashing. See vite.config.ts.
 */
export const RE2JS = {
  compile(): never {
    throw new Error('re2js is not bundled: Firestore Pipelines regex functions are not used by this app');
  },
};

import { MAX_PHOTO_CHARS, type PhotoInput } from './photo-limits';

function readAsDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });
}

function dimensions(dataUrl: string): Promise<{ width: number; height: number }> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve({ width: img.naturalWidth, height: img.naturalHeight });
    img.onerror = () => reject(new Error('not an image'));
    img.src = dataUrl;
  });
}

/** The compression library (a form that takes photos fetches it ahead, so a photo can be picked offline). */
export const loadCompressor = () => import('browser-image-compression');

/**
 * Shrinks a photo on the phone (browser-image-compression, loaded only when a photo is picked): at most
 * 1280 px on the long side, JPEG, small enough to be stored as a Firestore document and queued offline
 * (at most `maxChars` of data URL: a photo's limit unless told otherwise, e.g. an event cover's).
 */
export async function shrinkPhoto(file: File, maxChars = MAX_PHOTO_CHARS): Promise<PhotoInput> {
  const { default: compress } = await loadCompressor();
  for (const [maxSizeMB, maxWidthOrHeight] of [
    [0.25, 1280],
    [0.15, 1024],
    [0.08, 800],
  ] as const) {
    const out = await compress(file, {
      maxSizeMB,
      maxWidthOrHeight,
      fileType: 'image/jpeg',
      initialQuality: 0.8,
      // The library's web worker loads its code from a CDN; the main thread works offline.
      useWebWorker: false,
    });
    const dataUrl = await readAsDataUrl(out);
    if (dataUrl.length <= maxChars) return { dataUrl, ...(await dimensions(dataUrl)) };
  }
  throw new Error('photo too large');
}

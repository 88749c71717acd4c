/**
 * How many photos and how large, on their own: the forms show the limits at once, while the code that
 * shrinks a photo (./image.ts) loads only when someone picks one.
 */

/** A photo shrunk on the phone, as a data URL a Firestore document can hold. */
export interface PhotoInput {
  dataUrl: string;
  width: number;
  height: number;
}

/** The rules accept at most 400,000 characters of data URL per photo (~290 KB of JPEG). */
export const MAX_PHOTO_CHARS = 400_000;
export const MAX_PHOTOS = 3;

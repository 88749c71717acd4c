/**
 * A photo as the forms hold it and how large it may be, on their own: the forms show the limits at once,
 * while the code that shrinks a photo (./image.ts) loads only when someone picks one. How many photos a
 * report or a ticket may have: reportPhotosMax, ticketPhotosMax in ./policy.
 */
import { photoCharsMax } from './policy';

/** A photo shrunk on the phone, as a data URL a Firestore document can hold. */
export interface PhotoInput {
  dataUrl: string;
  width: number;
  height: number;
}

/** The rules accept at most this many characters of data URL per photo (~290 KB of JPEG). */
export const MAX_PHOTO_CHARS = photoCharsMax;

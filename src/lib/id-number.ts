/**
 * A resident identity card number (居民身份证号码, GB 11643-1999), the one place the app reads, checks and
 * shows one: 18 characters, 17 digits and a check character (0–9 or X) computed from them. The rules check
 * the stored shape (`idNumberPattern`, which also keeps the old 15-digit numbers of records from before);
 * the check character is this module's check, made as the number is typed.
 */

/** As typed → as stored: no spaces of any kind, a final x in capitals. */
export function cleanIdNumber(typed: string) {
  return typed.replace(/[\s\u3000]/g, '').toUpperCase();
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The check character the first 17 digits call for. */
export function checkCharacter(first17: string) {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

export type IdNumberProblem = 'length' | 'characters' | 'check';

/** What is wrong with a number as stored (after cleanIdNumber), or null when it is a valid 18-character one. */
export function idNumberProblem(id: string): IdNumberProblem | null {
  if (id.length !== 18) return 'length';
  if (!/^[0-9]{17}[0-9X]$/.test(id)) return 'characters';
  return checkCharacter(id) === id[17] ? null : 'check';
}

/**
 * As shown on screen: the first 4 and the last 4, the rest hidden (`1101**********1234`); shown in full only
 * when a staff member asks for it, one number at a time.
 */
export function maskIdNumber(id: string) {
  if (id.length <= 8) return '*'.repeat(id.length);
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}

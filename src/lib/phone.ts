/**
 * Phone numbers, one way everywhere: what a person types → the stored form, the stored form → what a person
 * reads and what the phone dials.
 *
 * Stored form: E.164 (`phonePattern`), for every number — the mobile a resident signs in with
 * (`users.phone`, `invites/{+86…}`), a household's contact numbers (`householdPrivate.phones`), landlines
 * included: `0730-8821234` is stored `+867308821234` (country code, area code without its trunk 0, the
 * local number), so one pattern covers all of them.
 *
 * Read: numbers saved before this module (`13800000001`, `0730-8821234`) are parsed on read, so they show
 * and dial the same as stored ones. Plain data, no imports beyond the policy: it runs on the sign-in page.
 */
import { phonePattern } from './policy';

/** A mainland mobile (11 digits, 13x–19x), a mainland landline with its area code, or a number abroad. */
export type PhoneKind = 'mobile' | 'landline' | 'abroad';
/** Why what was typed is not a number: nothing typed; not a number; a landline where a mobile is needed. */
export type PhoneProblem = 'empty' | 'invalid' | 'notMobile';

export type ParsedPhone = { ok: true; e164: string; kind: PhoneKind } | { ok: false; problem: PhoneProblem };

const STORED = new RegExp(phonePattern);
const MOBILE = /^1[3-9]\d{9}$/;
/** Beijing 010 and 020–029 have 3-digit area codes and 8-digit local numbers; the rest, 4 and 7–8. */
const LANDLINE = /^(?:0(?:10|2\d)[2-9]\d{7}|0[3-9]\d{2}[2-9]\d{6,7})$/;
const SHORT_AREA = /^0(?:10|2\d)/;

/**
 * Full-width digits and signs (a Chinese keyboard's `１３９`, `＋`, `－`, `（）`), the dashes a phone's
 * keyboard or a pasted number may hold, and the separators people put in numbers.
 */
function clean(input: string): string {
  return input
    .replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\uff0b/g, '+')
    .replace(/[\s\-\u2010-\u2015\u2212\uff0d\u30fc().\uff08\uff09\uff0e]/g, '');
}

/** The national digits of a mainland number (`13900000077`, `07308821234`) or null. */
function national(digits: string): { digits: string; kind: 'mobile' | 'landline' } | null {
  if (MOBILE.test(digits)) return { digits, kind: 'mobile' };
  // A mobile with the long-distance 0 some people dial before it from a landline.
  if (/^0/.test(digits) && MOBILE.test(digits.slice(1))) return { digits: digits.slice(1), kind: 'mobile' };
  if (LANDLINE.test(digits)) return { digits, kind: 'landline' };
  return null;
}

/**
 * What a person typed → the stored form, or why it is not a number. Accepts mainland mobiles
 * (`13900000077`, `139 0000 0077`, `139-0000-0077`, `+86 139 0000 0077`, `86 13900000077`, `0086 139 0000 0077`,
 * full-width digits), landlines with their area code (`0730-8821234`, `(010) 1234 5678`, `+86 730 8821234`)
 * and numbers abroad written with `+` or `00` (`+852 6123 4567`). With `mobile`, only a mainland mobile
 * will do (sign-in, invitations and account look-ups go by the mobile the SMS went to): a landline is
 * `notMobile`, a number abroad `invalid`.
 */
export function parsePhone(input: string, { mobile = false }: { mobile?: boolean } = {}): ParsedPhone {
  const s = clean(input);
  if (!s) return { ok: false, problem: 'empty' };
  if (!/^(?:\+|00)?\d+$/.test(s)) return { ok: false, problem: 'invalid' };
  const international = s.startsWith('+') || s.startsWith('00');
  const digits = s.replace(/^(?:\+|00)/, '');
  let found: ReturnType<typeof national> = null;
  if (!international) {
    // `86 139…` (the country code without its +) or a number as dialled at home.
    found = national(digits) ?? (digits.startsWith('86') ? fromCountryCode(digits.slice(2)) : null);
  } else if (digits.startsWith('86')) {
    found = fromCountryCode(digits.slice(2));
  } else {
    const e164 = `+${digits}`;
    if (!STORED.test(e164)) return { ok: false, problem: 'invalid' };
    // Sign-in and the account look-ups know mainland mobiles only (as the SMS sign-in always has).
    return mobile ? { ok: false, problem: 'invalid' } : { ok: true, e164, kind: 'abroad' };
  }
  if (!found) return { ok: false, problem: 'invalid' };
  if (mobile && found.kind !== 'mobile') return { ok: false, problem: 'notMobile' };
  return { ok: true, e164: `+86${found.digits.replace(/^0/, '')}`, kind: found.kind };
}

/** After +86: a mobile, or a landline's area code without (or with) its trunk 0. */
function fromCountryCode(rest: string): ReturnType<typeof national> {
  return national(rest) ?? (rest.startsWith('0') ? null : national(`0${rest}`));
}

/** Whether a value is already in the stored form. */
export function isStoredPhone(value: string): boolean {
  return STORED.test(value);
}

/**
 * For people to read: `139 0000 0077`, `0730 882 1234`, `010 1234 5678` (mainland numbers without +86, as
 * they are dialled at home), `+85261234567` abroad. Stored numbers and numbers saved in an older form show
 * the same; anything that is not a number is shown as it was written.
 */
export function formatPhone(value: string): string {
  const p = parsePhone(value);
  if (!p.ok) return value.trim();
  if (p.kind === 'abroad') return p.e164;
  const d = nationalDigits(p.e164);
  if (p.kind === 'mobile') return `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`;
  const area = SHORT_AREA.test(d) ? 3 : 4;
  const local = d.slice(area);
  const split = local.length === 8 ? 4 : 3;
  return `${d.slice(0, area)} ${local.slice(0, split)} ${local.slice(split)}`;
}

/**
 * The `tel:` link for a number: mainland numbers as dialled at home (`tel:13900000077`,
 * `tel:07308821234`, as the office card has always dialled), numbers abroad in full (`tel:+85261234567`);
 * null for what is not a number.
 */
export function telHref(value: string): string | null {
  const p = parsePhone(value);
  return p.ok ? `tel:${p.kind === 'abroad' ? p.e164 : nationalDigits(p.e164)}` : null;
}

function nationalDigits(e164: string): string {
  const rest = e164.slice(3);
  return MOBILE.test(rest) ? rest : `0${rest}`;
}

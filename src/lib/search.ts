/**
 * Search tokens (docs/data-model.md "Search"): what a ticket, a household or a care record is found by,
 * stored on the record itself (`search`, an array) in the same write that sets the words they come from,
 * and queried with `array-contains` one token at a time. One tokenizer for both sides, so what is typed into
 * the search box meets what was written:
 *
 * - text is normalised (NFKC: full-width letters and digits become plain; lower case);
 * - Chinese (Han) runs become their character pairs (`水管漏水` → 水管 管漏 漏水): Chinese has no spaces
 *   between words, and a pair is the shortest piece that is still selective;
 * - runs of other letters and digits become their prefixes of 2 characters and more (`401` → 40 401,
 *   `k3f9` → k3 k3f k3f9), up to `searchTokenMax`;
 * - single characters are not tokens (a one-character query is too short).
 *
 * Plain data (imports the policy only): the payload builders, the seeds and the rules tests use it.
 */
import { searchTokenMax, searchTokensMax } from './policy';

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]/u;

function normalise(text: string) {
  return text.normalize('NFKC').toLowerCase();
}

/** The runs of Han characters and of other letters/digits in `text`, normalised. */
function runs(text: string): { han: boolean; text: string }[] {
  const out: { han: boolean; text: string }[] = [];
  let cur: { han: boolean; text: string } | null = null;
  for (const ch of normalise(text)) {
    const han = HAN.test(ch);
    if (!han && !WORD.test(ch)) {
      cur = null;
      continue;
    }
    if (cur && cur.han === han) cur.text += ch;
    else out.push((cur = { han, text: ch }));
  }
  return out;
}

function pairs(run: string): string[] {
  const chars = [...run];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

function prefixes(word: string): string[] {
  const chars = [...word].slice(0, searchTokenMax);
  const out: string[] = [];
  for (let n = 2; n <= chars.length; n++) out.push(chars.slice(0, n).join(''));
  return out;
}

/** The tokens a text is found by (unordered, no repeats). */
export function textTokens(text: string): string[] {
  return [...new Set(runs(text).flatMap((r) => (r.han ? pairs(r.text) : prefixes(r.text))))];
}

/** Tokens of several sources, the first ones kept when there are more than the rules allow. */
export function capTokens(...groups: string[][]): string[] {
  return [...new Set(groups.flat())].slice(0, searchTokensMax);
}

/**
 * The tokens of a query: each Han pair, and each other word whole (a record has all its words' prefixes, so
 * a word typed is a prefix found). Empty when nothing is long enough to search for.
 */
export function queryTokens(query: string): string[] {
  return [
    ...new Set(
      runs(query).flatMap((r) =>
        r.han ? pairs(r.text) : r.text.length >= 2 ? [[...r.text].slice(0, searchTokenMax).join('')] : [],
      ),
    ),
  ];
}

/**
 * The token to ask the server for: the longest (the most selective); the other tokens are checked on the
 * phone against each result's own tokens.
 */
export function leadToken(tokens: string[]): string | null {
  return tokens.reduce<string | null>((a, b) => (a === null || [...b].length > [...a].length ? b : a), null);
}

/** Whether a record with `tokens` has every token of the query. */
export function matchesAll(recordTokens: string[], query: string[]) {
  const have = new Set(recordTokens);
  return query.every((q) => have.has(q));
}

/**
 * A phone number's tokens (care records: `householdPrivate.search`): its digits as dialled at home
 * (`13900000077`, `07308821234`), as prefixes from 2 digits, and its last four (尾号), as staff ask for a
 * number. `digits` is what `formatPhone` shows, without its spaces.
 */
export function phoneTokens(digits: string): string[] {
  const d = digits.replace(/\D/g, '');
  return [...prefixes(d), ...(d.length > 4 ? [d.slice(-4)] : [])];
}

/**
 * A ticket's tokens: its number (`#0012` → 00 001 0012: the last four characters of its id), the reporter's
 * name, the reporting flat and another flat named, then the description (cut at searchTokensMax in all:
 * the number and the flat always fit). The rules check the number's and the home flat's tokens are there.
 */
export function ticketTokens(t: {
  id: string;
  description: string;
  reporterName: string;
  home: { flat: string };
  location: { flat: string | null };
}): string[] {
  return capTokens(
    prefixes(numberToken(t.id)),
    textTokens(t.reporterName),
    prefixes(t.home.flat),
    t.location.flat ? textTokens(t.location.flat) : [],
    textTokens(t.description),
  );
}

/** The token of a ticket's number: the last four characters of its id, lower case (`#K3F9` → k3f9). */
export function numberToken(id: string) {
  return normalise(id.slice(-4));
}

/** A household's tokens (`households.search`): its flat (`401` → 40 401) and its members' names. */
export function householdTokens(h: { flat: string; members: { name: string }[] }): string[] {
  return capTokens(prefixes(h.flat), ...h.members.map((m) => textTokens(m.name)));
}

/**
 * A query that is a phone number or part of one (digits, with the spaces, dashes or +86 people type), as
 * the token a care record has for it: the whole number as dialled at home, a beginning, or the last four.
 * Null for anything else (a name, a flat of 3 digits).
 */
export function phoneQuery(query: string, dialled: (typed: string) => string | null): string | null {
  const s = query.normalize('NFKC').replace(/[\s\-()]/g, '');
  if (!/^\+?\d{4,}$/.test(s)) return null;
  const d = (dialled(s) ?? s).replace(/\D/g, '');
  return d.length >= 4 ? [...d].slice(0, searchTokenMax).join('') : null;
}

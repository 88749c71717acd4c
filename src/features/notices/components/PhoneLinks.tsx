import { telHref } from '@/lib/phone';

/**
 * Something that looks like a phone number in free text: a mainland mobile (139 0000 0077) or a landline
 * with its area code (0730-8881234, (010) 1234 5678), optionally after +86. src/lib/phone.ts has the last
 * word on whether it is one.
 */
const CANDIDATE =
  /(?:\+?86[\s-]?)?(?:1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|\(?0\d{2,3}\)?[\s-]?\d{3,4}[\s-]?\d{4})(?!\d)/g;

/** Text with every phone number in it a tap-to-call `tel:` link. */
export function PhoneLinks({ text }: { text: string }) {
  const parts: (string | { number: string; href: string })[] = [];
  let last = 0;
  for (const m of text.matchAll(CANDIDATE)) {
    const href = telHref(m[0]);
    // (a longer run of digits is not a phone number: a match inside one is left as text)
    if (!href || /\d$/.test(text.slice(0, m.index))) continue;
    parts.push(text.slice(last, m.index), { number: m[0], href });
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return (
    <>
      {parts.map((p, i) =>
        typeof p === 'string' ? (
          p
        ) : (
          <a key={i} href={p.href} className="font-bold text-brand-800 underline underline-offset-4">
            {p.number}
          </a>
        ),
      )}
    </>
  );
}

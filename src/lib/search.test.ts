// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { searchTokenMax, searchTokensMax, searchTokensPattern } from './policy';
import {
  householdTokens,
  leadToken,
  matchesAll,
  numberToken,
  phoneQuery,
  phoneTokens,
  queryTokens,
  textTokens,
  ticketTokens,
} from './search';

const ticket = {
  id: 'AbCdK3f9',
  description: '３楼楼道的灯坏了，WiFi也断了',
  reporterName: '王秀英',
  home: { flat: '401' },
  location: { flat: '502' },
};

describe('search tokens', () => {
  it('Chinese becomes its character pairs; other words their prefixes; full-width is plain, case folded', () => {
    expect(textTokens('水管漏水')).toEqual(['水管', '管漏', '漏水']);
    expect(textTokens('WiFi 401')).toEqual(['wi', 'wif', 'wifi', '40', '401']);
    expect(textTokens('ＡＢ１２')).toEqual(['ab', 'ab1', 'ab12']);
    expect(textTokens('灯 a 3')).toEqual([]); // single characters are not tokens
  });

  it('a ticket is found by its number, reporter, flats and words', () => {
    const t = ticketTokens(ticket);
    expect(numberToken(ticket.id)).toBe('k3f9');
    for (const x of ['k3f9', '王秀', '秀英', '401', '502', '灯坏', 'wifi']) expect(t).toContain(x);
    expect(t.slice(0, 3)).toEqual(['k3', 'k3f', 'k3f9']); // the number first: never cut
  });

  it('a household by its flat and names; a phone by its digits, a beginning and its last four', () => {
    expect(householdTokens({ flat: '1502', members: [{ name: '李桂兰' }, { name: 'Tom' }] })).toEqual([
      '15',
      '150',
      '1502',
      '李桂',
      '桂兰',
      'to',
      'tom',
    ]);
    const p = phoneTokens('139 0000 0077');
    expect(p).toContain('13900000077');
    expect(p).toContain('139');
    expect(p).toContain('0077');
  });

  it('what is typed meets what was written', () => {
    const t = ticketTokens(ticket);
    for (const q of ['#K3F9', 'k3f9', '王秀英', '秀英', '灯坏了', 'wifi', '401', '楼道的灯']) {
      const tokens = queryTokens(q);
      expect(tokens.length, q).toBeGreaterThan(0);
      expect(matchesAll(t, tokens), q).toBe(true);
    }
    expect(matchesAll(t, queryTokens('水管'))).toBe(false);
  });

  it('a query too short to search for has no tokens', () => {
    expect(queryTokens('王')).toEqual([]);
    expect(queryTokens('  ')).toEqual([]);
    expect(queryTokens('4')).toEqual([]);
    expect(queryTokens('#')).toEqual([]);
  });

  it('the server is asked for the longest token', () => {
    expect(leadToken(queryTokens('王秀英 1502'))).toBe('1502');
    expect(leadToken([])).toBeNull();
  });

  it('a phone number as typed becomes the care record’s token; a name or a flat is none', () => {
    const dial = (s: string) => (s.replace(/\D/g, '').endsWith('13900000077') ? '13900000077' : null);
    expect(phoneQuery('+86 139-0000-0077', dial)).toBe('13900000077');
    expect(phoneQuery('0077', dial)).toBe('0077');
    expect(phoneQuery('401', dial)).toBeNull();
    expect(phoneQuery('王秀英', dial)).toBeNull();
  });

  it('the tokens of the longest records are what the rules accept: at most searchTokensMax, each short', () => {
    const pattern = new RegExp(searchTokensPattern);
    const long = Array.from({ length: 1000 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
    const t = ticketTokens({ ...ticket, description: `${long} ${'x'.repeat(50)}` });
    expect(t).toHaveLength(searchTokensMax);
    expect(pattern.test(t.join(' '))).toBe(true);
    expect(Math.max(...t.map((x) => [...x].length))).toBeLessThanOrEqual(searchTokenMax);
    const h = householdTokens({
      flat: '1502',
      members: Array.from({ length: 12 }, (_, i) => ({ name: `${long.slice(i * 40, i * 40 + 40)}` })),
    });
    expect(h.length).toBeLessThanOrEqual(searchTokensMax);
    expect(h).toContain('1502');
    expect(pattern.test(h.join(' '))).toBe(true);
  });
});

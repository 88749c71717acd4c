import { hashKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { forgetKept, keep, keyText, kept } from './kept';

describe('what the phone keeps', () => {
  it('gives back what was kept, dates as dates, the same object while unchanged', () => {
    const at = new Date('2026-11-23T08:00:00Z');
    keep(['tickets', 'detail', 't1'], { id: 't1', createdAt: at, dueAt: null, tags: ['a'] });
    const first = kept<{ createdAt: Date; dueAt: null; tags: string[] }>(['tickets', 'detail', 't1']);
    expect(first?.createdAt).toBeInstanceOf(Date);
    expect(first?.createdAt.getTime()).toBe(at.getTime());
    expect(first).toMatchObject({ dueAt: null, tags: ['a'] });
    expect(kept(['tickets', 'detail', 't1'])).toBe(first);
    keep(['tickets', 'detail', 't1'], { id: 't1', createdAt: at, dueAt: null, tags: ['b'] });
    expect(kept(['tickets', 'detail', 't1'])).not.toBe(first);
  });

  it('forgets everything on sign-out, and nothing else in storage', () => {
    localStorage.setItem('shequ.lang', 'en');
    keep(['users', 'detail', 'u1'], { displayName: '王秀英' });
    forgetKept();
    expect(kept(['users', 'detail', 'u1'])).toBeUndefined();
    expect(localStorage.getItem('shequ.lang')).toBe('en');
  });

  it('names what it kept as TanStack Query names the key, so what a phone kept before an update stays readable', () => {
    for (const key of [
      ['users', 'detail', 'u1'],
      ['config', 'community'],
      ['tickets', 'list', { status: 'open', assignee: 'w1', page: 2 }, null],
    ])
      expect(keyText(key)).toBe(hashKey(key));
    localStorage.setItem(`shequ.kept.${hashKey(['categories'])}`, JSON.stringify([{ id: 'repair' }]));
    expect(kept(['categories'])).toEqual([{ id: 'repair' }]);
  });

  it('keeps shared public data (the office phone) across a sign-out, apart from the personal data', () => {
    keep(['config', 'community'], { officePhone: '0730-8881234' }, { shared: true });
    keep(['config', 'community'], { officePhone: 'personal copy' });
    forgetKept();
    expect(kept(['config', 'community'], { shared: true })).toEqual({ officePhone: '0730-8881234' });
    expect(kept(['config', 'community'])).toBeUndefined();
  });
});

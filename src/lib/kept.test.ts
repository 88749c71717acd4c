import { describe, expect, it } from 'vitest';
import { forgetKept, keep, kept } from './kept';

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
});

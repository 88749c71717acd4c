import { afterEach, describe, expect, it } from 'vitest';
import en from '@/i18n/en';
import zhCN from '@/i18n/zh-CN';
import html from '../../index.html?raw';
import { LOADING_EN, sayLoading } from './placeholder';

function page() {
  const doc = document.implementation.createHTMLDocument();
  doc.documentElement.lang = 'zh-CN';
  doc.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(html)![1]!;
  return doc;
}
const placeholder = (doc: Document) => doc.querySelector('#root > [role="status"]')?.textContent;

describe("index.html's loading text, shown before any code has arrived", () => {
  afterEach(() => localStorage.clear());

  it('says 正在加载…, as the app itself does', () => {
    const doc = page();
    sayLoading(doc);
    expect(placeholder(doc)).toBe(zhCN.app.loading);
    expect(doc.documentElement.lang).toBe('zh-CN');
  });

  it('in English on a phone that chose English (the same words as the English messages)', () => {
    localStorage.setItem('shequ.lang', 'en');
    const doc = page();
    sayLoading(doc);
    expect(placeholder(doc)).toBe(LOADING_EN);
    expect(LOADING_EN).toBe(en.app.loading);
    expect(doc.documentElement.lang).toBe('en');
  });
});

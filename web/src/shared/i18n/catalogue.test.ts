import { describe, expect, it } from 'vitest';
import { defineCatalogue, mergeCatalogues, renderMessage } from './catalogue.ts';
import { translator } from './I18nProvider.tsx';

describe('messages', () => {
  it('picks the plural form by count: "1 result", "2 results"; Vietnamese has one form', () => {
    const en = translator('en');
    const vi = translator('vi');
    expect(en('search.count', { count: 1 })).toBe('1 result');
    expect(en('search.count', { count: 2 })).toBe('2 results');
    expect(en('search.count', { count: 0 })).toBe('0 results');
    expect(en('search.count', { count: 1234 })).toBe('1,234 results');
    expect(vi('search.count', { count: 1 })).toBe('1 kết quả');
    expect(vi('search.count', { count: 1234 })).toBe('1.234 kết quả');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(renderMessage('Trang {n} / {total}', 'vi', { n: 2 })).toBe('Trang 2 / {total}');
    expect(renderMessage({ other: '{count} tin' }, 'vi')).toBe('{count} tin');
  });

  it('merges module catalogues and refuses a key defined twice', () => {
    const a = defineCatalogue({ vi: { 'a.x': 'A' }, en: { 'a.x': 'A' } });
    const b = defineCatalogue({ vi: { 'b.x': 'B' }, en: { 'b.x': 'B' } });
    expect(mergeCatalogues([a, b]).vi).toEqual({ 'a.x': 'A', 'b.x': 'B' });
    expect(() => mergeCatalogues([a, a])).toThrow(/a\.x/);
  });
});

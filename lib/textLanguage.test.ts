import { describe, expect, it } from 'vitest';
import { langAttribute, textLanguage } from './textLanguage';

describe('textLanguage', () => {
  it('tells the atlas’s languages apart by their script', () => {
    expect(textLanguage('Peace Mission 2007')).toBe('en');
    expect(textLanguage('В России предотвращен 41 теракт')).toBe('ru');
    expect(textLanguage('乌兹别克斯坦执法机构2022上半年拘捕了250余名')).toBe('zh');
    expect(textLanguage('2007-08-09')).toBeUndefined();
  });
  it('marks only text in another language than the page’s', () => {
    expect(langAttribute('Peace Mission 2007', 'ru')).toBe('en');
    expect(langAttribute('Peace Mission 2007', 'en')).toBeUndefined();
    expect(langAttribute('В России предотвращен 41 теракт', 'zh')).toBe('ru');
    expect(langAttribute('乌兹别克斯坦', 'en')).toBe('zh-Hans');
    expect(langAttribute('KAZ-2020', 'ru')).toBe('en');
  });
});

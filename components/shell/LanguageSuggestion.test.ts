import { describe, expect, it } from 'vitest';
import { preferredLocale } from './LanguageSuggestion';

describe('preferredLocale', () => {
  it('offers the first of the reader’s languages the atlas has', () => {
    expect(preferredLocale(['ru-RU', 'en'], 'en')).toBe('ru');
    expect(preferredLocale(['de-DE', 'zh-CN', 'ru'], 'en')).toBe('zh');
    expect(preferredLocale(['zh-Hans'], 'ru')).toBe('zh');
  });
  it('offers nothing when the page is already in the reader’s first language the atlas has', () => {
    expect(preferredLocale(['en-GB', 'ru'], 'en')).toBeNull();
    expect(preferredLocale(['de', 'fr'], 'en')).toBeNull();
    expect(preferredLocale([], 'zh')).toBeNull();
  });
});

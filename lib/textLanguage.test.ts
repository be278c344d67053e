import { describe, expect, it } from 'vitest';
import { langAttribute, languageRuns, textLanguage } from './textLanguage';

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

describe('languageRuns', () => {
  it('cuts a Russian sentence around the English record text in it, digits and brackets staying Russian between', () => {
    expect(languageRuns('Совместные учения 2003 года: 1 — Coalition-2003 (август 2003 г., военные).', 'ru')).toEqual([
      { text: 'Совместные учения 2003 года: 1 — ' },
      { text: 'Coalition', lang: 'en' },
      { text: '-2003 (август 2003 г., военные).' },
    ]);
    expect(languageRuns('Источник: Su Chang & Li Xinwei (2021); Kazinform (2016)', 'ru')).toEqual([
      { text: 'Источник: ' },
      { text: 'Su Chang & Li Xinwei (2021); Kazinform (2016)', lang: 'en' },
    ]);
  });
  it('keeps a Chinese sentence whole around its English words, and a Russian title inside it as Russian (what lies between two languages is the page’s)', () => {
    expect(languageRuns('来源：Su Chang & Li Xinwei (2021)', 'zh')).toEqual([{ text: '来源：' }, { text: 'Su Chang & Li Xinwei (2021)', lang: 'en' }]);
    expect(languageRuns('来源：Ритм Евразии (Ritm Eurasia) (2023)', 'zh')).toEqual([
      { text: '来源：' },
      { text: 'Ритм Евразии', lang: 'ru' },
      { text: ' (' },
      { text: 'Ritm Eurasia) (2023)', lang: 'en' },
    ]);
  });
  it('gives a line in one language one run, marked only when it is not the page’s', () => {
    expect(languageRuns('Kyrgyzstan–Tajikistan border fighting (2022)', 'ru')).toEqual([{ text: 'Kyrgyzstan–Tajikistan border fighting (2022)', lang: 'en' }]);
    expect(languageRuns('Kyrgyzstan–Tajikistan border fighting (2022)', 'en')).toEqual([{ text: 'Kyrgyzstan–Tajikistan border fighting (2022)' }]);
    expect(languageRuns('2007-08-09', 'ru')).toEqual([{ text: '2007-08-09' }]);
    expect(languageRuns('', 'ru')).toEqual([]);
  });
  it('never loses or reorders a character', () => {
    for (const text of ['Что это: каждая цифра взята из статьи Su Chang и Li Xinwei (China International Studies, 2021);', '本简报中的每项数据均来自Su Chang和Li Xinwei的文章（China International Studies，2021年）']) {
      for (const locale of ['en', 'ru', 'zh'] as const) expect(languageRuns(text, locale).map((r) => r.text).join('')).toBe(text);
    }
  });
});

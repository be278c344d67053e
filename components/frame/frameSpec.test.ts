import { describe, expect, it } from 'vitest';
import { chartPath, shortPublisher, sourceShortLabel } from './frameSpec';
import { asOfLine, buildSourceLine, frameFooterLines } from './frameWords';

const SOURCES = [
  { id: 'seed', publisher: 'Su Chang & Li Xinwei, China International Studies (English)', date: '2021' },
  { id: 'tass-a', publisher: 'TASS', date: '2017-10-25' },
  { id: 'tass-b', publisher: 'TASS', date: '2022-09-16' },
  { id: 'hindu', publisher: 'The Hindu (Vladimir Radyuhin, Moscow)', date: '2005' },
  { id: 'undated', publisher: 'Anti-Terrorism Centre' },
];

describe('shortPublisher', () => {
  it('keeps the name before the first comma, ignoring commas inside a byline', () => {
    expect(shortPublisher({ publisher: 'Su Chang & Li Xinwei, China International Studies (English)' })).toBe('Su Chang & Li Xinwei');
    expect(shortPublisher({ publisher: 'The Hindu (Vladimir Radyuhin, Moscow)' })).toBe('The Hindu');
    expect(shortPublisher({ publisher: 'TASS' })).toBe('TASS');
  });
});

describe('buildSourceLine', () => {
  it('names the article first, then the other publishers alphabetically, each once with its years', () => {
    expect(buildSourceLine(['tass-b', 'hindu', 'seed', 'tass-a', 'tass-b'], SOURCES, { firstId: 'seed' }, 'en')).toBe(
      'Source: Su Chang & Li Xinwei (2021); TASS (2017, 2022); The Hindu (2005)',
    );
  });
  it('names the first publishers and counts the rest when the line would run long', () => {
    expect(buildSourceLine(['seed', 'tass-a', 'hindu', 'undated'], SOURCES, { firstId: 'seed', max: 2 }, 'en')).toBe(
      'Source: Su Chang & Li Xinwei (2021); Anti-Terrorism Centre; and 2 more (each row of the table names its sources)',
    );
  });
  it('leaves out the year of an undated source and skips ids that resolve to nothing', () => {
    expect(buildSourceLine(['undated', 'missing'], SOURCES, {}, 'en')).toBe('Source: Anti-Terrorism Centre');
    expect(buildSourceLine(['missing'], SOURCES, {}, 'en')).toBe('');
  });
  it('speaks the page’s language: the prefix and the count of the rest, with its plural', () => {
    expect(buildSourceLine(['seed', 'tass-a', 'hindu', 'undated'], SOURCES, { firstId: 'seed', max: 2 }, 'ru')).toBe(
      'Источник: Su Chang & Li Xinwei (2021); Anti-Terrorism Centre; и ещё 2 источника (источники указаны в каждой строке таблицы)',
    );
    expect(buildSourceLine(['undated'], SOURCES, {}, 'zh')).toBe('来源：Anti-Terrorism Centre');
  });
});

describe('frame text', () => {
  it('words the data date at its precision', () => {
    expect(asOfLine('2025-09-01', 'en')).toBe('Data as of 1 September 2025');
    expect(asOfLine('2025-09', 'en')).toBe('Data as of September 2025');
    expect(asOfLine('2025-09-01', 'ru')).toBe('Данные на 1 сентября 2025 г.');
    expect(asOfLine('2025-09-01', 'zh')).toBe('数据截至2025年9月1日');
  });
  it('gives exporters the footer lines in display order', () => {
    const spec = { title: 't', subtitle: 's', legend: [], sourceLine: 'Source: TASS (2017)', asOf: '2025', url: chartPath('membership', 'en', { year: '2017' }) };
    expect(frameFooterLines(spec, 'en')).toEqual(['Source: TASS (2017)', 'Data as of 2025', '/charts/membership/?year=2017']);
    expect(chartPath('membership', 'ru', { year: '2017' })).toBe('/ru/charts/membership/?year=2017');
  });
  it('names a single source by publisher and year', () => {
    expect(sourceShortLabel('tass-a', SOURCES)).toBe('TASS (2017)');
    expect(sourceShortLabel('nope', SOURCES)).toBe('nope');
  });
});

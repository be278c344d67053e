import { describe, expect, it } from 'vitest';
import { lineUnits } from './lineUnits';
import { wrapLines } from './wrapLines';

/** Ten units per character: a stand-in font where widths are easy to reason about. */
const measure = (t: string) => Array.from(t).length * 10;

describe('wrapLines', () => {
  it('fills lines greedily without overflowing', () => {
    const lines = wrapLines('the quick brown fox jumps over the lazy dog', 100, measure, { locale: 'en' });
    expect(lines).toEqual(['the quick', 'brown fox', 'jumps over', 'the lazy', 'dog']);
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(100);
  });

  it('breaks a word longer than the line, after URL separators where it can', () => {
    const lines = wrapLines('sco-atlas.example/charts/terrorism-2020/?year=2020', 200, measure, { locale: 'en' });
    expect(lines.join('')).toBe('sco-atlas.example/charts/terrorism-2020/?year=2020');
    expect(lines[0]).toBe('sco-atlas.example/');
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(200);
  });

  it('gives no lines for blank text', () => {
    expect(wrapLines('   ', 100, measure, { locale: 'en' })).toEqual([]);
  });

  it('wraps Russian at its spaces', () => {
    const text = 'Совместные антитеррористические учения государств — членов ШОС';
    for (const width of [200, 240, 280, 320]) {
      const lines = wrapLines(text, width, measure, { locale: 'ru' });
      expect(lines.join(' ')).toBe(text);
      for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(width);
      expect(lines.some((l) => l.startsWith('—'))).toBe(false);
    }
  });

  it('wraps Chinese between words, though it has no spaces, and never inside one', () => {
    const text = '上海合作组织成立于2001年6月15日，总部设在北京。';
    const lines = wrapLines(text, 60, measure, { locale: 'zh' });
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).toBe(text);
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(60);
    // "上海" and "组织" are words: no line ends in the middle of one.
    expect(lines.some((l) => l.endsWith('上'))).toBe(false);
    expect(lines.some((l) => l.endsWith('组'))).toBe(false);
  });

  it('keeps CJK punctuation where Chinese typesetting wants it', () => {
    const text = '地区反恐怖机构（RATS）执行委员会，设在塔什干。';
    for (const width of [60, 70, 80, 90, 100]) {
      const lines = wrapLines(text, width, measure, { locale: 'zh' });
      expect(lines.join('')).toBe(text);
      for (const l of lines.slice(1)) expect(l).not.toMatch(/^[，。）]/);
      for (const l of lines) expect(l).not.toMatch(/（$/);
    }
  });

  it('ends the last kept line with an ellipsis when the text is longer than maxLines', () => {
    const lines = wrapLines('the quick brown fox jumps over the lazy dog', 100, measure, { locale: 'en', maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    expect(measure(lines[1] ?? '')).toBeLessThanOrEqual(100);
  });
});

describe('lineUnits', () => {
  it('keeps a number with its counter and a mixed word whole', () => {
    const units = lineUnits('成立于2001年6月 SCO成员国', 'zh').map((u) => u.text);
    expect(units).toContain('2001年');
    expect(units).toContain('6月');
    expect(units).toContain('SCO');
  });

  it('marks which pieces a space separates', () => {
    expect(lineUnits('Peace Mission 2007', 'en')).toEqual([
      { text: 'Peace', space: false },
      { text: 'Mission', space: true },
      { text: '2007', space: true },
    ]);
  });
});

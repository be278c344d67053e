import { describe, expect, it } from 'vitest';
import { ellipsize, STRONG, textWidth, wrapText } from './textWidth';

describe('textWidth', () => {
  it('grows with the text, the font size and the weight', () => {
    expect(textWidth('45,000', 12)).toBeGreaterThan(textWidth('4,500', 12));
    expect(textWidth('Members', 16)).toBeGreaterThan(textWidth('Members', 12));
    expect(textWidth('Members', 13, STRONG)).toBeGreaterThan(textWidth('Members', 13));
  });
  it('rates wide letters wider than narrow ones, and a Chinese character a full em', () => {
    expect(textWidth('mmmm', 12)).toBeGreaterThan(textWidth('iiii', 12));
    // The old estimate counted any character it did not know as 0.58 em.
    expect(textWidth('塔吉克斯坦', 12)).toBe(60);
  });
});

describe('wrapText', () => {
  it('breaks English and Russian at spaces so each line fits', () => {
    for (const [text, locale] of [
      ['Shanghai Convention on Combating Terrorism, Separatism and Extremism', 'en'],
      ['Шанхайская конвенция о борьбе с терроризмом, сепаратизмом и экстремизмом', 'ru'],
    ] as const) {
      const lines = wrapText(text, 180, 12, 4, locale);
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(180);
      expect(lines.join(' ')).toBe(text);
    }
  });
  it('breaks Chinese between characters, never inside a Latin word or a number, and each line fits', () => {
    const text = '上海合作组织成员国于2007年在Chelyabinsk举行“和平使命—2007”联合反恐军事演习';
    const lines = wrapText(text, 80, 12, 8, 'zh', STRONG);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(textWidth(line, 12, STRONG)).toBeLessThanOrEqual(80);
    const joints = lines.slice(1).map((line, i) => `${lines[i]?.slice(-1) ?? ''}${line.slice(0, 1)}`);
    for (const joint of joints) expect(joint, lines.join(' | ')).not.toMatch(/^[A-Za-z0-9][A-Za-z0-9]$/);
    expect(joints.some((joint) => /^\p{Script=Han}{2}$/u.test(joint)), lines.join(' | ')).toBe(true);
    expect(lines.some((l) => l.includes('Chelyabinsk'))).toBe(true);
    expect(lines.some((l) => l.includes('2007年'))).toBe(true);
  });
  it('ends the last allowed line with an ellipsis when the text is longer', () => {
    const lines = wrapText('one two three four five six seven eight nine ten eleven twelve', 60, 12, 2, 'en');
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    const zh = wrapText('吉尔吉斯斯坦、塔吉克斯坦、乌兹别克斯坦、哈萨克斯坦', 60, 12, 2, 'zh');
    expect(zh).toHaveLength(2);
    expect(zh[1]?.endsWith('…')).toBe(true);
    for (const line of zh) expect(textWidth(line, 12)).toBeLessThanOrEqual(60);
  });
});

describe('ellipsize', () => {
  it('cuts a Chinese name to its box, whole characters only', () => {
    const cut = ellipsize('阿拉伯联合酋长国', 50, 12);
    expect(cut).toBe('阿拉伯…');
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(50);
    expect(ellipsize('中国', 50, 12)).toBe('中国');
  });
});

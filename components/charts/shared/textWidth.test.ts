import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './textWidth';

describe('textWidth', () => {
  it('grows with the text and the font size', () => {
    expect(textWidth('45,000', 12)).toBeGreaterThan(textWidth('4,500', 12));
    expect(textWidth('Members', 16)).toBeGreaterThan(textWidth('Members', 12));
  });
  it('rates wide letters wider than narrow ones', () => {
    expect(textWidth('mmmm', 12)).toBeGreaterThan(textWidth('iiii', 12));
  });
});

describe('wrapText', () => {
  it('breaks at spaces so each line fits', () => {
    const lines = wrapText('Shanghai Convention on Combating Terrorism, Separatism and Extremism', 180, 12, 4);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(180);
    expect(lines.join(' ')).toBe('Shanghai Convention on Combating Terrorism, Separatism and Extremism');
  });
  it('ends the last allowed line with an ellipsis when the text is longer', () => {
    const lines = wrapText('one two three four five six seven eight nine ten eleven twelve', 60, 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CJK_METRICS_FILE, cjkMetricsSource, METRICS_FILE, TABLE_WEIGHTS, textMetricsSource } from '@/scripts/text/buildTextMetrics';
import { layoutWidth } from '@/scripts/text/fontkitLayout';
import { measureText } from './measureText';

const SAMPLES = [
  'Shanghai Cooperation Organization',
  'Peace Mission 2007: 6,500 troops',
  'Kyrgyz–Tajik border clashes, September 2022',
  'Türkiye · Azərbaycan · Oʻzbekiston',
  'Совместные антитеррористические учения «Мирная миссия — 2007»',
  'Региональная антитеррористическая структура ШОС',
  'Data as of 10 March 2026',
  '上海合作组织成员国',
  '“和平使命—2007”联合反恐军事演习（俄罗斯车里雅宾斯克）',
  '吉尔吉斯斯坦、塔吉克斯坦，2001年6月15日',
  '乌兹别克斯坦 Uzbekistan',
];

describe('measureText', () => {
  it('is generated from the fonts as they are now', () => {
    expect(readFileSync(METRICS_FILE, 'utf8')).toBe(textMetricsSource());
    expect(readFileSync(CJK_METRICS_FILE, 'utf8')).toBe(cjkMetricsSource());
  }, 120_000);

  it('measures English, Russian and Chinese as fontkit lays them out, within 3 % and never narrower than 1 %', () => {
    for (const text of SAMPLES) {
      for (const weight of TABLE_WEIGHTS) {
        const drawn = layoutWidth(text, 14, weight);
        const measured = measureText(text, 14, weight);
        expect(measured / drawn, `${text} @ ${weight}`).toBeGreaterThan(0.99);
        expect(measured / drawn, `${text} @ ${weight}`).toBeLessThan(1.03);
      }
    }
  }, 120_000);

  it('sets Chinese a full em per character, half-width forms half, and grows with size and weight', () => {
    expect(measureText('上海合作组织', 12)).toBe(72);
    expect(measureText('ｼｮｳ', 12)).toBe(18);
    expect(measureText('SCO', 24)).toBeCloseTo(measureText('SCO', 12) * 2);
    expect(measureText('Members', 12, 700)).toBeGreaterThan(measureText('Members', 12, 400));
    const mid = measureText('Members', 12, 500);
    expect(mid).toBeGreaterThan(measureText('Members', 12, 400));
    expect(mid).toBeLessThan(measureText('Members', 12, 600));
  });

  it('counts characters no font here has from the fonts: a rare ideograph an em, other scripts an average letter, marks nothing', () => {
    expect(measureText('𠀀', 10)).toBe(10);
    const letter = measureText('Ω', 10);
    expect(letter).toBeGreaterThan(measureText('i', 10));
    expect(letter).toBeLessThan(measureText('W', 10));
    expect(measureText('a\u200bb', 10)).toBe(measureText('ab', 10));
  });
});

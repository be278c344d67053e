import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_WEIGHTS } from '@/components/export/fonts/exportFont';
import { loadTestFonts, loadTestSubset } from '@/components/export/fonts/testFonts';
import { TextShaper } from '@/components/export/fonts/textShaper';
import { METRICS_FILE, textMetricsSource } from '@/scripts/text/buildTextMetrics';
import { measureText } from './measureText';

const SAMPLES = [
  'Shanghai Cooperation Organization',
  'Peace Mission 2007: 6,500 troops',
  'Kyrgyz–Tajik border clashes, September 2022',
  'Türkiye · Azərbaycan · Oʻzbekiston',
  'Совместные антитеррористические учения «Мирная миссия — 2007»',
  'Региональная антитеррористическая структура ШОС',
  'Data as of 10 March 2026',
];

describe('measureText', () => {
  it('is generated from the export fonts as they are now', async () => {
    expect(readFileSync(METRICS_FILE, 'utf8')).toBe(await textMetricsSource());
  });

  it('measures text as the export draws it, within 3 % and never narrower than 1 %', async () => {
    const shaper = new TextShaper(await loadTestFonts(), [await loadTestSubset('latin-ext'), await loadTestSubset('cyrillic')]);
    for (const text of SAMPLES) {
      for (const weight of FONT_WEIGHTS) {
        const drawn = shaper.width(text, 14, weight);
        const measured = measureText(text, 14, weight);
        expect(measured / drawn, `${text} @ ${weight}`).toBeGreaterThan(0.99);
        expect(measured / drawn, `${text} @ ${weight}`).toBeLessThan(1.03);
      }
    }
  });

  it('sets Chinese a full em per character and grows with size and weight', () => {
    expect(measureText('上海合作组织', 12)).toBe(72);
    expect(measureText('SCO', 24)).toBeCloseTo(measureText('SCO', 12) * 2);
    expect(measureText('Members', 12, 700)).toBeGreaterThan(measureText('Members', 12, 400));
    const mid = measureText('Members', 12, 500);
    expect(mid).toBeGreaterThan(measureText('Members', 12, 400));
    expect(mid).toBeLessThan(measureText('Members', 12, 600));
  });
});

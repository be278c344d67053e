import { describe, expect, it } from 'vitest';
import { TERRORISM_METRIC, type TerrorismStat } from '@/data/schema';
import { terrorismStats } from '@/data/terrorismStats';
import { noOverlaps } from '../shared/labelLayout';
import { textWidth } from '../shared/textWidth';
import { CTX, TERRORISM } from '../shared/testFixtures';
import { isMultiYear, isWholeYear, terrorismFrameSpec, terrorismLayout, terrorismPanels, terrorismTips, toRows } from './terrorism2020State';

const seedOnly = () => terrorismPanels(TERRORISM, CTX, { otherYears: false });
const bar = (id: string, panels = seedOnly()) => panels.flatMap((p) => p.bars).find((b) => b.id === id);

describe('terrorismPanels', () => {
  it('never puts two metrics in one panel, and gives each metric one panel', () => {
    const panels = terrorismPanels(TERRORISM, CTX, { otherYears: true });
    for (const panel of panels) expect(new Set(panel.bars.map((b) => b.metric))).toEqual(new Set([panel.metric]));
    expect(new Set(panels.map((p) => p.metric)).size).toBe(panels.length);
  });

  it('orders panels by the fixed metric order, never by their values', () => {
    const order = Object.values(TERRORISM_METRIC);
    const indices = seedOnly().map((p) => order.indexOf(p.metric));
    expect(indices).toEqual([...indices].sort((a, b) => a - b));
  });

  it('sorts countries alphabetically within a panel, not by value', () => {
    const arrests = seedOnly().find((p) => p.metric === 'suspectsArrested');
    expect(arrests?.bars.map((b) => b.countryName)).toEqual(['Kyrgyzstan', 'Tajikistan', 'Uzbekistan']);
  });

  it('shows only the article’s figures until other years are asked for', () => {
    expect(bar('rus-2019-attacks')).toBeUndefined();
    const withOthers = terrorismPanels(TERRORISM, CTX, { otherYears: true });
    const russia = withOthers.find((p) => p.metric === 'terroristAttacksPrevented')?.bars.filter((b) => b.country === 'RUS');
    expect(russia?.map((b) => b.period)).toEqual(['2019', '2020']);
  });

  it('writes the other source’s number on a disputed bar’s flag', () => {
    const layout = terrorismLayout(seedOnly(), 'compact', 'en');
    const russia = layout.panels.flatMap((p) => p.bars).find((b) => b.id === 'rus-2020-attacks');
    expect(russia?.flagText).toBe('disputed: 44');
  });

  it('marks totals over several years apart from parts of a year, so the hatch means one thing', () => {
    const bars = terrorismPanels(TERRORISM, CTX, { otherYears: true }).flatMap((p) => p.bars);
    for (const b of bars) expect(b.wholeYear && b.multiYear).toBe(false);
    const multi = bars.filter((b) => b.multiYear);
    for (const b of multi) expect(isMultiYear({ from: b.periodFrom, to: b.periodTo })).toBe(true);
    const legend = terrorismFrameSpec(TERRORISM, CTX, { otherYears: true }).legend.map((l) => l.shape);
    expect(legend).toContain('dashedLine');
  });

  it('flags Russia’s 41 attacks as disputed and keeps the 44 with its source', () => {
    const russia = bar('rus-2020-attacks');
    expect(russia?.disputed).toBe(true);
    expect(russia?.others).toEqual([{ value: 44, text: '44', source: 'UrduPoint (2021)' }]);
  });

  it('flags Uzbekistan’s differently framed figure and keeps the other framing as text', () => {
    const uzbekistan = bar('uzb-2020-operations');
    expect(uzbekistan?.disputed).toBe(true);
    expect(uzbekistan?.others[0]?.text).toContain('4 terrorist acts prevented');
    expect(uzbekistan?.others[0]?.value).toBeUndefined();
  });

  it('keeps the period and the qualifier of every figure', () => {
    const tajik = bar('tjk-2020h1-arrests');
    expect(tajik?.valueText).toBe('more than 200');
    expect(tajik?.period).toBe('January–June 2020');
    expect(tajik?.wholeYear).toBe(false);
    expect(bar('kaz-2020-crimes')?.period).toBe('January–July 2020');
    expect(bar('kgz-2020-attacks')?.wholeYear).toBe(true);
  });

  it('says what a part is part of', () => {
    expect(bar('rus-2020-attacks')?.partOf).toBe('61 terrorist crimes stopped (2020)');
  });
});

describe('isWholeYear', () => {
  it('tells a calendar year from part of one', () => {
    expect(isWholeYear({ from: '2020', to: '2020' })).toBe(true);
    expect(isWholeYear({ from: '2020-01', to: '2020-12' })).toBe(true);
    expect(isWholeYear({ from: '2020-01', to: '2020-06' })).toBe(false);
    expect(isWholeYear({ from: '2019', to: '2020' })).toBe(false);
  });
});

describe('layout', () => {
  it('names each mark with its country, metric, period, value and the dispute', () => {
    const names = terrorismLayout(seedOnly(), 'full', 'en').panels.flatMap((p) => p.bars.map((b) => b.name));
    expect(names).toContain('Russia, terrorist attacks prevented, 2020: 41 (disputed: 44 in UrduPoint (2021))');
    expect(names).toContain('Tajikistan, suspects arrested, January–June 2020: more than 200');
  });

  it('never overlaps panels, rows or text, at both sizes', () => {
    for (const size of ['full', 'compact'] as const) {
      const layout = terrorismLayout(terrorismPanels(TERRORISM, CTX, { otherYears: true }), size, 'en');
      expect(noOverlaps(layout.panels.map((p) => ({ x: p.x, y: p.y, width: p.width, height: p.height })))).toBe(true);
      for (const panel of layout.panels) {
        expect(noOverlaps(panel.bars.map((b) => ({ x: 0, y: b.y, width: panel.width, height: b.height })))).toBe(true);
        expect(panel.x + panel.width).toBeLessThanOrEqual(layout.width);
        for (const b of panel.bars) expect(b.flagX + 13 + textWidth('disputed', 12)).toBeLessThanOrEqual(panel.width);
      }
    }
  });

  it('draws "more than" bars open-ended and other sources’ values as separate marks', () => {
    const layout = terrorismLayout(seedOnly(), 'full', 'en');
    const bars = layout.panels.flatMap((p) => p.bars);
    const tajik = bars.find((b) => b.id === 'tjk-2020h1-arrests');
    expect(tajik && tajik.extendTo > tajik.barWidth).toBe(true);
    const russia = bars.find((b) => b.id === 'rus-2020-attacks');
    expect(russia?.otherX).toBeGreaterThan(russia?.barWidth ?? Infinity);
  });
});

describe('toRows and tips', () => {
  it('lists the rows as shown, with the dispute and the other value', () => {
    const rows = toRows(seedOnly(), CTX).rows;
    expect(rows).toHaveLength(10);
    const russia = rows.find((r) => r.country === 'Russia' && r.metric === 'Terrorist attacks prevented');
    expect(russia).toMatchObject({ value: 41, stated: '41', disputed: 'yes', otherValues: '44 in UrduPoint (2021)' });
    const tajik = rows.find((r) => r.country === 'Tajikistan' && r.metric === 'Suspects arrested');
    expect(tajik).toMatchObject({ stated: 'more than 200', period: 'January–June 2020' });
  });

  it('never sums across metrics: the table has no total row', () => {
    const rows = toRows(seedOnly(), CTX).rows;
    expect(rows.every((r) => typeof r.country === 'string' && r.country !== '')).toBe(true);
  });

  it('puts the other source’s value in the tooltip’s flag line', () => {
    expect(terrorismTips(seedOnly(), CTX)['rus-2020-attacks']?.flag).toBe('Disputed: 44 in UrduPoint (2021)');
  });

  it('names the article first in the source line', () => {
    const spec = terrorismFrameSpec(TERRORISM, CTX, { otherYears: true, firstSourceId: 'seed' });
    expect(spec.sourceLine).toMatch(/^Source: Su Chang & Li Xinwei \(2021\); /);
    expect(spec.sourceLine).toContain('UrduPoint (2021)');
    expect(spec.url).toBe('/charts/terrorism-2020/');
  });
});

describe('with the real dataset', () => {
  const real: readonly TerrorismStat[] = terrorismStats;
  it('keeps the article’s periods and qualifiers and flags the 41/44 dispute', () => {
    const bars = terrorismPanels(real, CTX, { otherYears: false }).flatMap((p) => p.bars);
    const tajik = bars.filter((b) => b.country === 'TJK');
    expect(tajik.every((b) => b.period === 'January–June 2020')).toBe(true);
    expect(tajik.some((b) => b.valueText === 'more than 200')).toBe(true);
    expect(bars.filter((b) => b.country === 'KAZ').map((b) => b.period)).toContain('January–July 2020');
    const russiaAttacks = bars.find((b) => b.country === 'RUS' && b.metric === 'terroristAttacksPrevented');
    expect(russiaAttacks?.value).toBe(41);
    expect(russiaAttacks?.disputed).toBe(true);
    expect(russiaAttacks?.others.some((o) => o.value === 44)).toBe(true);
    expect(bars.filter((b) => b.country === 'UZB').some((b) => b.disputed)).toBe(true);
  });

  it('keeps Uzbekistan’s differently worded count as text, not as a second value of the same thing', () => {
    const bars = terrorismPanels(real, CTX, { otherYears: false }).flatMap((p) => p.bars);
    const operations = bars.find((b) => b.country === 'UZB' && b.metric === 'extremistOperationsStopped');
    expect(operations?.disputed).toBe(true);
    expect(operations?.others.length).toBeGreaterThan(0);
    expect(operations?.others.every((o) => o.value === undefined)).toBe(true);
    expect(operations?.others.some((o) => o.text.includes('terrorist acts prevented'))).toBe(true);
  });

  it('puts totals over several years in panels of their own, never beside a year’s count', () => {
    const panels = terrorismPanels(real, CTX, { otherYears: true });
    for (const panel of panels) {
      expect(panel.bars.every((b) => isMultiYear({ from: b.periodFrom, to: b.periodTo }) === panel.multiYear)).toBe(true);
    }
    expect(panels.some((p) => p.multiYear)).toBe(true);
  });
});

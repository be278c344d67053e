import { describe, expect, it } from 'vitest';
import { milestones } from '@/data/milestones';
import type { Milestone } from '@/data/schema';
import { noOverlaps } from '../shared/labelLayout';
import { CTX } from '../shared/testFixtures';
import { STRONG, textWidth } from '../shared/textWidth';
import { milestonePoints, milestonesLayout, sourceHref, toRows } from './milestonesState';

const real: readonly Milestone[] = milestones;

describe('milestonePoints', () => {
  it('shows documents and institutions, and the other kinds only when asked', () => {
    const core = milestonePoints(real, CTX, { allKinds: false });
    expect(new Set(core.map((p) => p.kind))).toEqual(new Set(['document', 'institution']));
    expect(milestonePoints(real, CTX, { allKinds: true })).toHaveLength(real.length);
  });
  it('places a date known only to the year in the middle of that year, and marks it approximate', () => {
    const p = milestonePoints(real, CTX, { allKinds: false }).find((m) => m.date === '2017');
    expect(p?.approximate).toBe(true);
    expect(new Date(p?.at ?? 0).getUTCMonth()).toBe(6);
  });
});

describe('sourceHref', () => {
  const sources = [{ id: 'seed' }, { id: 'tass', url: 'https://tass.com/x' }];
  it('links to the first source that has a page, else to its bibliography entry', () => {
    expect(sourceHref(['seed', 'tass'], sources, 'en')).toBe('https://tass.com/x');
    expect(sourceHref(['seed'], sources, 'en')).toBe('/sources/#seed');
    expect(sourceHref(['seed'], sources, 'ru')).toBe('/ru/sources/#seed');
  });
});

describe('milestonesLayout', () => {
  for (const size of ['full', 'compact'] as const) {
    for (const allKinds of [false, true]) {
      it(`never overlaps two labels, and keeps them inside the chart (${size}, all kinds: ${allKinds})`, () => {
        const layout = milestonesLayout(milestonePoints(real, CTX, { allKinds }), CTX, size, 'en');
        for (const side of ['left', 'right'] as const) {
          const boxes = layout.points.filter((p) => p.side === side).map((p) => ({ x: 0, y: p.labelY, width: 1, height: p.labelHeight }));
          expect(noOverlaps(boxes)).toBe(true);
        }
        for (const p of layout.points) {
          for (const line of p.lines) {
            const w = line.muted ? textWidth(line.text, layout.font - 1) : textWidth(line.text, layout.font, STRONG);
            if (p.side === 'right') expect(p.textX + w).toBeLessThanOrEqual(layout.width);
            else expect(p.textX - w).toBeGreaterThanOrEqual(0);
          }
          expect(p.labelY).toBeGreaterThanOrEqual(0);
          expect(p.labelY + p.labelHeight).toBeLessThanOrEqual(layout.height);
        }
      });
    }
  }
});

describe('milestone marks with the same date', () => {
  it('never hide each other: each steps aside by a mark’s width', () => {
    const base = real[0];
    if (!base) throw new Error('no milestones');
    const twins: Milestone[] = [base, { ...base, id: `${base.id}-twin`, title: `${base.title} (second)` }, { ...base, id: `${base.id}-third`, title: `${base.title} (third)` }];
    for (const size of ['full', 'compact'] as const) {
      const marks = milestonesLayout(milestonePoints(twins, CTX, { allKinds: true }), CTX, size, 'en').points;
      expect(marks).toHaveLength(3);
      for (let i = 0; i < marks.length; i++)
        for (let j = i + 1; j < marks.length; j++) {
          const [a, b] = [marks[i], marks[j]];
          expect(Math.hypot((a?.cx ?? 0) - (b?.cx ?? 0), (a?.cy ?? 0) - (b?.cy ?? 0)), size).toBeGreaterThanOrEqual(10);
        }
    }
  });
});

describe('marks and labels', () => {
  // A mark's radius at most, and the gap a reader needs between a mark and its words.
  const CLEAR = 6 + 2;
  for (const size of ['full', 'compact', 'slide'] as const) {
    for (const locale of ['en', 'ru', 'zh'] as const) {
      it(`no mark sits on a label’s words, even where marks of one date step aside (${size}, ${locale})`, () => {
        const layout = milestonesLayout(milestonePoints(real, CTX, { allKinds: true }), CTX, size, locale);
        for (const p of layout.points) {
          // Every mark in the label's rows: the words start past the furthest one, on the label's side.
          const near = layout.points.filter((m) => m.axisX === p.axisX && m.cy >= p.labelY - CLEAR && m.cy <= p.labelY + p.labelHeight + CLEAR);
          for (const m of near) {
            if (p.side === 'right') expect(p.textX, `${p.id} vs ${m.id}`).toBeGreaterThanOrEqual(m.cx + CLEAR);
            else expect(p.textX, `${p.id} vs ${m.id}`).toBeLessThanOrEqual(m.cx - CLEAR);
          }
        }
      });
    }
  }

  it('leaves out a round year too close to the first one to read (2009 and 2010 on the slide’s second column)', () => {
    const layout = milestonesLayout(milestonePoints(real, CTX, { allKinds: true }), CTX, 'slide', 'en');
    for (const axis of layout.axes) {
      for (let i = 1; i < axis.ticks.length; i++) expect((axis.ticks[i]?.y ?? 0) - (axis.ticks[i - 1]?.y ?? 0)).toBeGreaterThanOrEqual(20);
    }
  });
});

describe('toRows', () => {
  it('lists each milestone with the link its mark opens', () => {
    const rows = toRows(milestonePoints(real, CTX, { allKinds: false }), CTX).rows;
    const convention = rows.find((r) => r.title === 'Shanghai Convention on Combating Terrorism, Separatism and Extremism');
    expect(convention).toMatchObject({ date: '15 June 2001', kind: 'Document', inForce: '29 March 2003' });
    expect(convention?.link).toMatch(/^https?:\/\//);
  });
});

/**
 * Chart labels in Chinese, which has no spaces to break at: the layouts wrap and cut them so no
 * label runs past its box, measured as Noto Sans SC sets them (a full em per character).
 */
import { describe, expect, it } from 'vitest';
import { milestones } from '@/data/milestones';
import { states } from '@/data/states';
import { stateName } from '@/lib/messages/stateNames';
import { lanes, membershipLayout, yearCounts } from '../Membership/membershipState';
import { labelYears } from '../Membership/membershipWords';
import { milestonePoints, milestonesLayout } from '../Milestones/milestonesState';
import { CTX } from './testFixtures';
import { STRONG, textWidth } from './textWidth';

const zhName = (s: { id: string; name: string }) => stateName(s.id, s.name, 'zh');

/** The core milestones, each titled in Chinese after a state ("哈萨克斯坦加入…"): titles with no space in them. */
function chineseMilestones() {
  return milestonePoints(milestones, CTX, { allKinds: false }).map((p, i) => {
    const state = states[i % states.length];
    const name = state ? zhName(state) : '中国';
    return { ...p, title: `${name}与上海合作组织成员国签署关于打击恐怖主义、分裂主义和极端主义的合作协定` };
  });
}

describe('Chinese labels in the milestones layout', () => {
  for (const size of ['full', 'compact', 'slide'] as const) {
    it(`keeps every title inside the chart${size === 'full' ? ', wrapped between characters' : ''} (${size})`, () => {
      const points = chineseMilestones();
      const layout = milestonesLayout(points, CTX, size, 'zh');
      expect(layout.points).toHaveLength(points.length);
      for (const p of layout.points) {
        expect(p.lines.length).toBeGreaterThan(0);
        for (const line of p.lines) {
          const w = line.muted ? textWidth(line.text, layout.font - 1) : textWidth(line.text, layout.font, STRONG);
          if (p.side === 'right') expect(p.textX + w, line.text).toBeLessThanOrEqual(layout.width);
          else expect(p.textX - w, line.text).toBeGreaterThanOrEqual(0);
        }
      }
      const titleLines = layout.points.map((p) => p.lines.filter((l) => !l.muted));
      if (size === 'full') {
        // The wide layout wraps a title over up to three lines rather than cutting it short.
        expect(titleLines.some((lines) => lines.length > 1)).toBe(true);
        const first = titleLines[0]?.map((l) => l.text).join('') ?? '';
        expect(first.startsWith(points[0]?.title.slice(0, 8) ?? '?')).toBe(true);
      }
    });
  }
});

describe('Chinese state names in the membership layout', () => {
  for (const width of [320, 440, 960]) {
    it(`keeps every lane name inside the room left of the lanes, whole where it fits (${width} px)`, () => {
      const rows = lanes(states, CTX.asOf, 'zh').map((lane) => ({ ...lane, name: zhName(states.find((s) => s.id === lane.id) ?? { id: lane.id, name: lane.name }) }));
      expect(rows.some((r) => /\p{Script=Han}/u.test(r.name))).toBe(true);
      const layout = membershipLayout(labelYears(yearCounts(states, CTX.asOf), 'zh'), rows, CTX.asOf, { width });
      for (const lane of layout.lanes) {
        expect(textWidth(lane.label, layout.font - 1), lane.label).toBeLessThanOrEqual(layout.plotLeft - 8);
        if (textWidth(lane.name, layout.font - 1) <= layout.plotLeft - 8) expect(lane.label).toBe(lane.name);
      }
      // Chinese names are short: none should be cut at these widths.
      expect(layout.lanes.filter((l) => l.label !== l.name)).toEqual([]);
    });
  }
});

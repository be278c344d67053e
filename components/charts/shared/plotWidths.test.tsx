/**
 * Every chart's plot laid out at a phone's widths and at the presets: every word it draws is 12 px
 * or more at 1:1 (each plot lays itself out at its column's real width, so 1:1 is what a reader
 * sees) and inside the plot.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { states } from '@/data/states';
import { terrorismStats } from '@/data/terrorismStats';
import { labelYears, lanes, yearCounts } from '../Membership/membershipState';
import { MembershipPlot } from '../Membership/MembershipPlot';
import { terrorismPanels } from '../Terrorism2020/terrorism2020State';
import { TerrorismPlot } from '../Terrorism2020/TerrorismPlot';
import { ratsFigures } from '@/data/ratsFigures';
import { ratsGroups, ratsSourceLabels } from '../RatsFigures/ratsFiguresState';
import { RatsPlot } from '../RatsFigures/RatsPlot';
import { exercises } from '@/data/exercises';
import { labelBins, yearBins } from '../ExercisesByYear/exercisesByYearState';
import { ExercisesPlot } from '../ExercisesByYear/ExercisesPlot';
import { milestones } from '@/data/milestones';
import { milestoneMark, milestonePoints } from '../Milestones/milestonesState';
import { MilestonesPlot } from '../Milestones/MilestonesPlot';
import { drawnText, unreadable } from './drawnText';
import { serverContext } from './serverContext';

vi.mock('next/navigation', () => ({ useSearchParams: () => new URLSearchParams(), usePathname: () => '/charts/' }));

const ctx = serverContext('en');
const WIDTHS = [320, 360, 440, 960];
const MIN_PX = 12;
const WORDS = { title: 't', empty: 'none' };

const PLOTS: { name: string; draw: (width: number) => string }[] = [
  {
    name: 'membership',
    draw: (width) => renderToStaticMarkup(<MembershipPlot counts={labelYears(yearCounts(states, ctx.asOf), 'en')} words={{ yearsLabel: 'y', lanesLabel: 'l' }} laneRows={lanes(states, ctx.asOf, 'en')} asOf={ctx.asOf} title="t" size="compact" box={{ width }} />),
  },
  ...[false, true].map((otherYears) => ({
    name: `terrorism 2020${otherYears ? ' with other years' : ''}`,
    draw: (width: number) => renderToStaticMarkup(<TerrorismPlot panels={terrorismPanels(terrorismStats, ctx, { otherYears })} words={WORDS} locale="en" variant="main" size="compact" box={{ width }} />),
  })),
  ...[false, true].map((allMetrics) => ({
    name: `RATS figures${allMetrics ? ' with the other results' : ''}`,
    draw: (width: number) => {
      const groups = ratsGroups(ratsFigures, { allMetrics }, 'en');
      return renderToStaticMarkup(<RatsPlot groups={groups} sourceLabels={ratsSourceLabels(groups, ctx)} words={{ ...WORDS, contested: 'contested' }} locale="en" variant="main" size="compact" box={{ width }} />);
    },
  })),
  {
    name: 'exercises by year',
    draw: (width) => renderToStaticMarkup(<ExercisesPlot bins={labelBins(yearBins(exercises, Number(ctx.asOf.slice(0, 4))), 'en')} words={WORDS} size="compact" box={{ width }} />),
  },
  ...[false, true].map((allKinds) => ({
    name: `milestones${allKinds ? ' with summits and membership changes' : ''}`,
    draw: (width: number) =>
      renderToStaticMarkup(<MilestonesPlot marks={milestonePoints(milestones, ctx, { allKinds }).map(milestoneMark)} words={WORDS} asOf={ctx.asOf} locale="en" variant="main" size="compact" box={{ width }} />),
  })),
];

describe.each(PLOTS)('the $name plot', ({ draw }) => {
  it.each(WIDTHS)('at %i px wide: every word 12 px or more, inside the plot', (width) => {
    const drawn = drawnText(draw(width));
    expect(drawn.width).toBe(width);
    expect(drawn.texts.length).toBeGreaterThan(5);
    expect(unreadable(drawn, MIN_PX)).toEqual([]);
  });
});

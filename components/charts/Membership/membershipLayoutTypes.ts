/**
 * Membership's layout as the plot draws it (membershipLayout.ts makes it; membershipWide.ts lays
 * it out side by side for a wide, short box): types only, apart from both, so they do not import
 * each other.
 */
import type { StateStatus } from '@/data/schema';
import type { EndLabel, StepPath } from './membershipSteps';

export interface YearColumn {
  year: number;
  x0: number;
  x1: number;
  /** Middle of the year's label above the chart: its column's, kept inside the plot. */
  labelX: number;
  /** "2017: 8 members, 4 observers, 6 dialogue partners". */
  name: string;
  /** The selected year's highlight: over the step chart and the lanes (one band per panel). */
  bands: { x0: number; x1: number; top: number; bottom: number }[];
}

export interface LaneLayout {
  id: string;
  name: string;
  /** The name as drawn: cut with "…" where the room left of the lanes is too narrow. */
  label: string;
  /** Where the name ends (anchor end), left of its lane. */
  labelX: number;
  y: number;
  periods: { id: string; status: StateStatus; x0: number; x1: number; asOfX: number; open: boolean; name: string }[];
}

export interface MembershipLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  stepTop: number;
  stepBottom: number;
  lanesTop: number;
  lanesBottom: number;
  laneHeight: number;
  font: number;
  /** The data date: a dashed line down each panel. */
  asOfLines: { x: number; y1: number; y2: number }[];
  yTicks: { value: number; y: number }[];
  /** Year labels under the time axes (their baseline). */
  xTicks: { year: number; x: number; y: number }[];
  years: YearColumn[];
  steps: StepPath[];
  endLabels: EndLabel[];
  /** The end labels for each year: they give the counts of the year the reader selects. */
  endLabelsByYear: Record<number, EndLabel[]>;
  lanes: LaneLayout[];
}

/**
 * The RATS figures laid out for a wide, short box (the PowerPoint figure box: a 16:9 slide less its
 * title and footer): the groups in two panels side by side, the earlier metrics in the first, the
 * rest in the second (split where the taller panel is lowest), each panel with its own log axis over
 * the same extent, so a decade is as wide in both. Every row keeps what the on-screen chart gives:
 * what it counts (on two lines where they fit the box, cut with "…" only where they do not), when and
 * by whom, its dot, its value, the flag and the contesting figure on a sub-row; words at the same
 * sizes (13 px, dates and ticks 12). Each panel's tick labels sit level with its first group's name
 * (in the label column), so no band is spent on the axis. Pure.
 */
import type { ChartBox } from '../shared/sizes';
import type { RatsDims, RatsLayout } from './ratsLayoutTypes';
import type { RatsGroup } from './ratsModel';

/** From this width (in a box with a height, at least 2.5 times as wide as high) the panels stand side by side. */
export const WIDE_FROM = 1000;
/** Between the panels. */
const GAP = 32;
/** The label column's share of a panel: from the first, widened (in steps) until nothing is cut, up to the last. */
const LABEL_SHARE = { from: 0.4, to: 0.6, step: 8 };
/** Roomiest first: what a row counts on two lines with the usual padding, then closer, then on one line. */
const LEVELS: readonly Pick<RatsDims, 'rowPad' | 'countsLines'>[] = [
  { rowPad: 8, countsLines: 2 },
  { rowPad: 4, countsLines: 2 },
  { rowPad: 4, countsLines: 1 },
];

export function isWide(box: ChartBox): box is { width: number; height: number } {
  return box.height !== undefined && box.width >= WIDE_FROM && box.width >= 2.5 * box.height;
}

/** What the panel layout needs from ratsLayout.ts (passed in, so the two files do not import each other's code). */
export interface PanelMaker {
  /** The dims of a `width`-wide panel, as the on-screen layout would take them. */
  dims: (width: number) => RatsDims;
  /** One panel's layout: `groups` under one axis at `dims`. */
  panel: (groups: readonly RatsGroup[], dims: RatsDims) => RatsLayout;
  /** The axis's extent over `groups`' values. */
  domain: (groups: readonly RatsGroup[]) => [number, number];
}

/** Whether what a row counts is cut with "…" (the date line may be cut in its source's name, as on screen). */
const cut = (layout: RatsLayout) => layout.groups.some((g) => g.points.some((p) => (p.countsLines[p.countsLines.length - 1] ?? '').endsWith('…')));

/** The two panels at `dims`, split where the taller is lowest. */
function bestSplit(groups: readonly RatsGroup[], dims: RatsDims, make: PanelMaker): RatsLayout[] {
  let best: RatsLayout[] | undefined;
  let bestHeight = Infinity;
  for (let k = 1; k < groups.length; k++) {
    const panels = [groups.slice(0, k), groups.slice(k)].map((gs) => make.panel(gs, dims));
    const height = Math.max(...panels.map((p) => p.height));
    if (height < bestHeight) {
      best = panels;
      bestHeight = height;
    }
  }
  return best ?? [make.panel(groups, dims)];
}

/** The panels at one level: the narrowest label column that cuts nothing (else the widest). */
function atLevel(groups: readonly RatsGroup[], base: RatsDims, make: PanelMaker): RatsLayout[] {
  let panels: RatsLayout[] = [];
  for (let share = LABEL_SHARE.from; share <= LABEL_SHARE.to + 1e-9; share += (LABEL_SHARE.to - LABEL_SHARE.from) / LABEL_SHARE.step) {
    panels = bestSplit(groups, { ...base, labelWidth: Math.round(base.width * share) }, make);
    if (!panels.some(cut)) return panels;
  }
  return panels;
}

/** `layout` moved `dx` to the right. */
function shifted(layout: RatsLayout, dx: number): RatsLayout {
  const ticks = layout.ticks.map((t) => ({ ...t, x: t.x + dx }));
  return {
    ...layout,
    plotLeft: layout.plotLeft + dx,
    plotRight: layout.plotRight + dx,
    ticks,
    panels: layout.panels.map((p) => ({ ...p, x: p.x + dx, plotLeft: p.plotLeft + dx, plotRight: p.plotRight + dx, ticks })),
    groups: layout.groups.map((g) => ({
      ...g,
      x: g.x + dx,
      plotLeft: g.plotLeft + dx,
      plotRight: g.plotRight + dx,
      points: g.points.map((p) => ({
        ...p,
        cx: p.cx + dx,
        extendTo: p.extendTo + dx,
        label: { ...p.label, x: p.label.x + dx },
        beside: p.beside.map((b) => ({ ...b, x: b.x + dx, textX: b.textX + dx })),
      })),
    })),
  };
}

export function ratsWide(groups: readonly RatsGroup[], box: { width: number; height: number }, make: PanelMaker): RatsLayout {
  const panelWidth = Math.floor((box.width - GAP) / 2);
  const domain = make.domain(groups);
  let panels: RatsLayout[] = [];
  for (const level of LEVELS) {
    panels = atLevel(groups, { ...make.dims(panelWidth), ...level, axisTop: 0, domain }, make);
    if (Math.max(...panels.map((p) => p.height)) <= box.height) break;
  }
  const placed = panels.map((p, i) => shifted(p, i * (panelWidth + GAP)));
  const [first] = placed;
  if (!first) throw new Error('no panel');
  const height = Math.max(...placed.map((p) => p.height));
  return {
    ...first,
    width: box.width,
    height,
    panels: placed.flatMap((p) => p.panels.map((panel) => ({ ...panel, bottom: height }))),
    groups: placed.flatMap((p) => p.groups),
  };
}

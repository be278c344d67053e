'use client';
/**
 * The membership plot: a client leaf that lays itself out (membershipLayout.ts) at its preset in
 * the server HTML and at its column's real width in the browser, so its words keep their size on a
 * phone.
 */
import { tokenColor, STATUS_TOKEN } from '@/components/frame/tokens';
import { FIRST_YEAR } from '@/lib/memberStatus';
import styles from '../shared/chart.module.css';
import { hintId } from '../shared/plotIds';
import { PlotSvg } from '../shared/PlotSvg';
import { Curve, Layer, Rectangle } from '../shared/rechartsMarks';
import type { ChartBox, ChartSize } from '../shared/sizes';
import { usePlotLayout } from '../shared/usePlotLayout';
import { MEMBERSHIP_BOXES, membershipLayout } from './membershipLayout';
import { MEMBERSHIP_CHART_ID, type LabelledYear, type Lane } from './membershipModel';
import { MembershipYears } from './MembershipYears';

export interface MembershipPlotProps {
  counts: readonly LabelledYear[];
  laneRows: readonly Lane[];
  asOf: string;
  /** The preset drawn on the server (and for a slide); on the client, the column's width. */
  size: ChartSize;
  title: string;
  /** The plot's own words in the page's language: the year radios' and the lanes' group names. */
  words: { yearsLabel: string; lanesLabel: string };
  /** An explicit box instead of the preset's (tests; the server HTML). */
  box?: ChartBox;
  /** Lay out again at the column's width (default). */
  responsive?: boolean;
}

/** The plot, laid out at its preset on the server and at its column's width in the browser. */
export function MembershipPlot({ counts, laneRows, asOf, size, title, words: t, box, responsive = true }: MembershipPlotProps) {
  const preset = box ?? MEMBERSHIP_BOXES[size];
  const { ref, layout, reserve } = usePlotLayout((b) => membershipLayout(counts, laneRows, asOf, b), preset, responsive);
  const range = { minYear: FIRST_YEAR, maxYear: layout.years[layout.years.length - 1]?.year ?? FIRST_YEAR };
  const font = layout.font;
  return (
    <PlotSvg ref={ref} phoneHeight={reserve} width={layout.width} height={layout.height} label={title} describedBy={hintId(MEMBERSHIP_CHART_ID, 'main', size)}>
      <MembershipYears
        years={layout.years}
        range={range}
        hitTop={layout.stepTop}
        hitBottom={layout.stepBottom}
        font={font}
        label={t.yearsLabel}
        endLabels={layout.endLabelsByYear}
      />
      <Layer aria-hidden="true">
        {layout.yTicks.map((tick) => (
          <Layer key={tick.value}>
            <line x1={layout.plotLeft} x2={layout.plotRight} y1={tick.y} y2={tick.y} className={styles.grid} />
            <text x={layout.plotLeft - 6} y={tick.y + 4} fontSize={font} textAnchor="end" className={styles.muted}>
              {tick.value}
            </text>
          </Layer>
        ))}
        {layout.xTicks.map((tick) => (
          <text key={`${tick.x}-${tick.year}`} x={tick.x} y={tick.y} fontSize={font} textAnchor="middle" className={styles.muted}>
            {tick.year}
          </text>
        ))}
        {layout.asOfLines.map((l) => (
          <line key={l.x} x1={l.x} x2={l.x} y1={l.y1} y2={l.y2} className={styles.leader} strokeDasharray="2 3" />
        ))}
      </Layer>
      <Layer aria-hidden="true" pointerEvents="none">
        {layout.steps.map((step) =>
          step.segments.map((seg, i) => (
            <Curve
              key={`${step.key}-${i}`}
              type="stepAfter"
              points={seg.points}
              strokeWidth={2.5}
              strokeLinejoin="round"
              style={{ fill: 'none', stroke: tokenColor(seg.token) }}
            />
          )),
        )}
      </Layer>
      <Layer role="list" aria-label={t.lanesLabel}>
        {layout.lanes.map((lane) => (
          <Layer key={lane.id} role="listitem">
            <text x={lane.labelX} y={lane.y + layout.laneHeight - 2} fontSize={font - 1} textAnchor="end" aria-hidden="true">
              {lane.label}
            </text>
            {lane.periods.map((p) => {
              const color = tokenColor(STATUS_TOKEN[p.status]);
              return (
                <Layer
                  key={p.id}
                  data-mark={p.id}
                  data-group={`${MEMBERSHIP_CHART_ID}-lanes`}
                  tabIndex={p.id === layout.lanes[0]?.periods[0]?.id ? 0 : -1}
                  role="img"
                  aria-label={p.name}
                  className={styles.mark}
                >
                  <rect className={styles.hit} data-export-ignore="" x={p.x0} y={lane.y - 1} width={p.x1 - p.x0} height={layout.laneHeight + 2} />
                  <Rectangle
                    x={p.x0}
                    y={lane.y}
                    width={Math.max(1, p.asOfX - p.x0)}
                    height={layout.laneHeight}
                    isAnimationActive={false}
                    isUpdateAnimationActive={false}
                    style={{ fill: color }}
                  />
                  {p.open && p.x1 > p.asOfX && (
                    <Rectangle
                      x={p.asOfX}
                      y={lane.y}
                      width={p.x1 - p.asOfX}
                      height={layout.laneHeight}
                      isAnimationActive={false}
                      isUpdateAnimationActive={false}
                      style={{ fill: color, opacity: 0.4 }}
                    />
                  )}
                </Layer>
              );
            })}
          </Layer>
        ))}
      </Layer>
    </PlotSvg>
  );
}

import { Layer } from 'recharts';
import { milestones } from '@/data/milestones';
import type { Milestone } from '@/data/schema';
import { tokenColor } from '@/components/frame/tokens';
import { messages } from '@/lib/i18n';
import styles from '../shared/chart.module.css';
import { ChartView, hintId, plotIdPrefix, type Variant } from '../shared/ChartView';
import { PlotSvg } from '../shared/PlotSvg';
import { Dot } from '../shared/rechartsMarks';
import { FIRST_SOURCE_ID, serverContext } from '../shared/serverContext';
import { ALL_SIZES, withExportSize, type ChartRenderProps, type ChartSize } from '../shared/sizes';
import {
  MILESTONES_CHART_ID,
  milestonePoints,
  milestonesFrameSpec,
  milestonesLayout,
  milestoneTips,
  toRows,
  type MilestonesLayout,
} from './milestonesState';

const LINE = 16;

function MilestonesPlot({ layout, variant, size }: { layout: MilestonesLayout; variant: Variant; size: ChartSize }) {
  const t = messages().charts;
  const font = layout.font;
  const ax = layout.axisX;
  return (
    <PlotSvg width={layout.width} height={layout.height} label={t.milestones.title} describedBy={hintId(MILESTONES_CHART_ID, variant, size)}>
      {layout.points.length === 0 && (
        <text x={ax + 30} y={30} fontSize={font} className={styles.muted}>
          {t.views.empty}
        </text>
      )}
      <line x1={ax} x2={ax} y1={layout.axisTop} y2={layout.axisBottom} className={styles.axisLine} aria-hidden="true" />
      {layout.points.map((p, i) => {
        const color = tokenColor(p.token);
        const right = p.side === 'right';
        const labelMid = p.labelY + LINE / 2 + 1;
        const end = right ? p.textX - 5 : p.textX + 5;
        const start = right ? p.cx + 6 : p.cx - 6;
        const bend = right ? 10 : -10;
        return (
          <a
            key={p.id}
            href={p.href}
            data-mark={p.id}
            data-group={plotIdPrefix(MILESTONES_CHART_ID, variant, size)}
            tabIndex={i === 0 ? 0 : -1}
            aria-label={p.name}
            className={styles.mark}
          >
            <rect
              className={styles.hit} data-export-ignore=""
              x={right ? ax - 8 : 4}
              y={p.labelY - 3}
              width={right ? layout.width - ax + 4 : ax + 4}
              height={p.labelHeight + 6}
              rx={4}
            />
            <path d={`M${start} ${p.cy} C${start + bend} ${p.cy}, ${end - bend} ${labelMid}, ${end} ${labelMid}`} className={styles.leader} />
            <Dot
              cx={p.cx}
              cy={p.cy}
              r={5}
              strokeWidth={2}
              style={p.approximate ? { fill: 'var(--chart-surface, #fff)', stroke: color } : { fill: color, stroke: color }}
            />
            {p.lines.map((line, li) => (
              <text
                key={li}
                x={p.textX}
                y={p.labelY + 12 + LINE * li}
                fontSize={line.muted ? font - 1 : font}
                textAnchor={right ? 'start' : 'end'}
                className={line.muted ? styles.muted : styles.strong}
              >
                {line.text}
              </text>
            ))}
          </a>
        );
      })}
      <Layer aria-hidden="true">
        {layout.yearTicks.map((tick) =>
          layout.yearLabelsOnAxis ? (
            <Layer key={tick.year}>
              <rect x={ax - 20} y={tick.y - 9} width={40} height={18} rx={9} style={{ fill: 'var(--chart-surface, #fff)', stroke: 'var(--chart-line, #dfe3e8)' }} />
              <text x={ax} y={tick.y + 4} fontSize={font - 1} textAnchor="middle" className={styles.muted}>
                {tick.year}
              </text>
            </Layer>
          ) : (
            <Layer key={tick.year}>
              <line x1={ax - 5} x2={ax} y1={tick.y} y2={tick.y} className={styles.axisLine} />
              <text x={ax - 8} y={tick.y + 4} fontSize={font - 1} textAnchor="end" className={styles.muted}>
                {tick.year}
              </text>
            </Layer>
          ),
        )}
      </Layer>
    </PlotSvg>
  );
}

/** The documents and institutions of SCO security cooperation on a timeline, each linking to its source. */
export function Milestones({ sizes = ALL_SIZES, headingLevel }: ChartRenderProps) {
  const ctx = serverContext();
  const t = messages().charts.milestones;
  const rows: readonly Milestone[] = milestones;
  const core = milestonePoints(rows, ctx, { allKinds: false });
  const all = milestonePoints(rows, ctx, { allKinds: true });
  const hasMore = all.length > core.length;
  return (
    <ChartView
      id={MILESTONES_CHART_ID}
      spec={milestonesFrameSpec(hasMore ? all : core, ctx, FIRST_SOURCE_ID)}
      headingLevel={headingLevel}
      tips={milestoneTips(all, ctx)}
      main={{
        plots: withExportSize(sizes).map((size) => ({ size, node: <MilestonesPlot layout={milestonesLayout(core, ctx, size)} variant="main" size={size} /> })),
        data: toRows(core, ctx),
        frame: milestonesFrameSpec(core, ctx, FIRST_SOURCE_ID),
      }}
      alternate={
        hasMore
          ? {
              label: t.toggleAll,
              plots: sizes.map((size) => ({
                size,
                node: <MilestonesPlot layout={milestonesLayout(all, ctx, size)} variant="alternate" size={size} />,
              })),
              data: toRows(all, ctx),
              frame: milestonesFrameSpec(all, ctx, FIRST_SOURCE_ID),
            }
          : undefined
      }
    />
  );
}

'use client';
/**
 * The milestones plot: a client leaf that lays itself out (milestonesLayout.ts) at its preset in
 * the server HTML and at its column's real width in the browser.
 */
import { tokenColor } from '@/components/frame/tokens';
import type { SiteLocale } from '@/lib/messages/locales';
import styles from '../shared/chart.module.css';
import { hintId, plotIdPrefix, type Variant } from '../shared/plotIds';
import { PlotSvg } from '../shared/PlotSvg';
import { Dot, Layer } from '../shared/rechartsMarks';
import type { ChartBox, ChartSize } from '../shared/sizes';
import { usePlotLayout } from '../shared/usePlotLayout';
import { MILESTONES_BOXES, milestonesLayout } from './milestonesLayout';
import { MILESTONES_CHART_ID, type MilestoneMark } from './milestonesModel';

const LINE = 16;

export interface MilestonesPlotProps {
  marks: readonly MilestoneMark[];
  /** The plot's own words in the page's language: its accessible name, and what an empty plot says. */
  words: { title: string; empty: string };
  /** The data date: the axis runs to its year. */
  asOf: string;
  /** The page's language: titles wrap by its rules (Chinese between characters). */
  locale: SiteLocale;
  variant: Variant;
  /** The preset drawn on the server (and for a slide); on the client, the column's width. */
  size: ChartSize;
  /** An explicit box instead of the preset's (tests). */
  box?: ChartBox;
  /** Lay out again at the column's width (default). */
  responsive?: boolean;
}

/** The plot, laid out at its preset on the server and at its column's width in the browser. */
export function MilestonesPlot({ marks, words, asOf, locale, variant, size, box, responsive = true }: MilestonesPlotProps) {
  const preset = box ?? MILESTONES_BOXES[size];
  const { ref, layout, reserve } = usePlotLayout((b) => milestonesLayout(marks, { asOf }, b, locale), preset, responsive);
  const font = layout.font;
  const ax = layout.axisX;
  return (
    <PlotSvg ref={ref} phoneHeight={reserve} width={layout.width} height={layout.height} label={words.title} describedBy={hintId(MILESTONES_CHART_ID, variant, size)}>
      {layout.points.length === 0 && (
        <text x={ax + 30} y={30} fontSize={font} className={styles.muted}>
          {words.empty}
        </text>
      )}
      {layout.axes.map((a) => (
        <line key={a.x} x1={a.x} x2={a.x} y1={a.top} y2={a.bottom} className={styles.axisLine} aria-hidden="true" />
      ))}
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
              x={p.hit.x}
              y={p.labelY - 3}
              width={p.hit.width}
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
        {layout.axes.flatMap((a) =>
          a.ticks.map((tick) =>
            layout.yearLabelsOnAxis ? (
              <Layer key={`${a.x}-${tick.year}`}>
                <rect x={a.x - 20} y={tick.y - 9} width={40} height={18} rx={9} style={{ fill: 'var(--chart-surface, #fff)', stroke: 'var(--chart-line, #dfe3e8)' }} />
                <text x={a.x} y={tick.y + 4} fontSize={font - 1} textAnchor="middle" className={styles.muted}>
                  {tick.year}
                </text>
              </Layer>
            ) : (
              <Layer key={`${a.x}-${tick.year}`}>
                <line x1={a.x - 5} x2={a.x} y1={tick.y} y2={tick.y} className={styles.axisLine} />
                <text x={a.x - 8} y={tick.y + 4} fontSize={font - 1} textAnchor="end" className={styles.muted}>
                  {tick.year}
                </text>
              </Layer>
            ),
          ),
        )}
      </Layer>
    </PlotSvg>
  );
}

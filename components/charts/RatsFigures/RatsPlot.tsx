'use client';
/**
 * The RATS figures plot: a client leaf that lays itself out (ratsLayout.ts) at its preset in the
 * server HTML and at its column's real width in the browser; the slide's in two panels side by
 * side (ratsWide.ts), each with its axis.
 */
import { FLAG_TOKEN, tokenColor } from '@/components/frame/tokens';
import type { SiteLocale } from '@/lib/messages/locales';
import styles from '../shared/chart.module.css';
import { hintId, type Variant } from '../shared/plotIds';
import { PlotSvg } from '../shared/PlotSvg';
import { Dot, Layer, Symbols } from '../shared/rechartsMarks';
import type { ChartBox, ChartSize } from '../shared/sizes';
import { usePlotLayout } from '../shared/usePlotLayout';
import { RATS_BOXES, ratsLayout, type RatsSourceLabels } from './ratsLayout';
import { RATS_CHART_ID, type RatsGroup } from './ratsModel';

export interface RatsPlotProps {
  groups: readonly RatsGroup[];
  /** Who stated each figure, by point id (`ratsSourceLabels`). */
  sourceLabels: RatsSourceLabels;
  /** The plot's own words in the page's language: its accessible name, an empty plot, the flag. */
  words: { title: string; empty: string; contested: string };
  /** The page's language (the axis's numbers). */
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
export function RatsPlot({ groups, sourceLabels, words, locale, variant, size, box, responsive = true }: RatsPlotProps) {
  const preset = box ?? RATS_BOXES[size];
  const { ref, layout, reserve } = usePlotLayout((b) => ratsLayout(groups, sourceLabels, b, locale), preset, responsive);
  const font = layout.font;
  const flag = tokenColor(FLAG_TOKEN);
  return (
    <PlotSvg ref={ref} phoneHeight={reserve} width={layout.width} height={layout.height} label={words.title} describedBy={hintId(RATS_CHART_ID, variant, size)}>
      {layout.groups.length === 0 && (
        <text x={0} y={20} fontSize={font} className={styles.muted}>
          {words.empty}
        </text>
      )}
      <Layer aria-hidden="true">
        {layout.panels.flatMap((panel) =>
          panel.ticks.map((tick) => (
            <Layer key={`${panel.x}-${tick.value}`}>
              <line x1={tick.x} x2={tick.x} y1={18} y2={panel.bottom} className={styles.grid} />
              <text x={tick.x} y={12} fontSize={font - 1} textAnchor="middle" className={styles.muted}>
                {tick.label}
              </text>
            </Layer>
          )),
        )}
      </Layer>
      {layout.groups.map((group) => {
        const color = tokenColor(group.token);
        return (
          <Layer key={group.metric}>
            <Layer aria-hidden="true">
              <Symbols type="circle" cx={group.x + 6} cy={group.y + 14} size={10} sizeType="diameter" style={{ fill: color }} />
              <text x={group.x + 16} y={group.y + 19} fontSize={font + 1} className={styles.strong}>
                {group.label}
              </text>
            </Layer>
            {group.points.map((p, i) => (
              <Layer
                key={p.id}
                data-mark={p.id}
                data-group={`${RATS_CHART_ID}-${group.metric}`}
                tabIndex={i === 0 ? 0 : -1}
                role="img"
                aria-label={p.name}
                className={styles.mark}
              >
                <rect className={styles.hit} data-export-ignore="" x={group.x - 2} y={p.y + 1} width={group.width + 4} height={p.height - 2} rx={4} />
                {p.countsLines.map((line, li) => (
                  <text key={li} x={group.x + 16} y={p.countsY + li * 16} fontSize={font}>
                    {line}
                  </text>
                ))}
                <text x={group.x + 16} y={p.whenY} fontSize={font - 1} className={styles.muted}>
                  {p.whenLine}
                </text>
                <line x1={group.plotLeft} x2={group.plotRight} y1={p.cy} y2={p.cy} className={styles.grid} strokeDasharray="1 3" />
                {p.extendTo > p.cx && (
                  <path
                    d={`M${p.cx} ${p.cy} H${p.extendTo} M${p.extendTo - 4} ${p.cy - 3.5} L${p.extendTo} ${p.cy} L${p.extendTo - 4} ${p.cy + 3.5}`}
                    strokeWidth={1.6}
                    strokeDasharray="3 2"
                    style={{ stroke: color, fill: 'none' }}
                  />
                )}
                <Symbols
                  type="circle"
                  cx={p.cx}
                  cy={p.cy}
                  size={11}
                  sizeType="diameter"
                  style={{ fill: color, stroke: 'var(--chart-surface, #fff)', strokeWidth: 1 }}
                />
                <text x={p.label.x} y={p.cy + 4} fontSize={font} textAnchor={p.label.anchor} className={styles.strong}>
                  {p.label.text}
                </text>
                {p.flagY !== undefined && (
                  <Layer transform={`translate(${group.x + 16},${p.flagY - 7})`}>
                    <path d="M0.8 0 V14" strokeWidth={1.6} style={{ stroke: flag }} />
                    <path d="M1.3 0.5 H9.5 L7 3.5 L9.5 6.5 H1.3 Z" style={{ fill: flag }} />
                    <text x={14} y={11} fontSize={font - 1} className={styles.flagText}>
                      {words.contested}
                    </text>
                  </Layer>
                )}
                {p.beside.map((b) => (
                  <Layer key={`${b.x}-${b.cy}`}>
                    <Dot cx={b.x} cy={b.cy} r={5} strokeWidth={2} style={{ fill: 'none', stroke: flag }} />
                    <text x={b.textX} y={b.cy + 4} fontSize={font - 1} textAnchor={b.anchor} className={styles.flagText}>
                      {b.text}
                    </text>
                  </Layer>
                ))}
              </Layer>
            ))}
          </Layer>
        );
      })}
    </PlotSvg>
  );
}

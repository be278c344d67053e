'use client';
/**
 * The terrorism 2020 plot: a client leaf that lays itself out (terrorismLayout.ts) at its preset in
 * the server HTML and at its column's real width in the browser.
 */
import type { SiteLocale } from '@/lib/messages/locales';
import { tokenColor, FLAG_TOKEN, PRIMARY_TOKEN, SECONDARY_TOKEN } from '@/components/frame/tokens';
import styles from '../shared/chart.module.css';
import { hintId, plotIdPrefix, type Variant } from '../shared/plotIds';
import { HatchPattern, PlotSvg } from '../shared/PlotSvg';
import { Dot, Layer, Rectangle } from '../shared/rechartsMarks';
import type { ChartBox, ChartSize } from '../shared/sizes';
import { usePlotLayout } from '../shared/usePlotLayout';
import { TERRORISM_BOXES, terrorismLayout } from './terrorismLayout';
import { TERRORISM_CHART_ID, type TerrorismPanel } from './terrorismModel';

const FONT = 13;

export interface TerrorismPlotProps {
  panels: readonly TerrorismPanel[];
  /** The plot's own words in the page's language: its accessible name, and what an empty plot says. */
  words: { title: string; empty: string };
  /** The page's language: names wrap by its rules. */
  locale: SiteLocale;
  variant: Variant;
  /** The preset drawn on the server (and for a slide); on the client, the column's width. */
  size: ChartSize;
  /** An explicit box instead of the preset's (tests; the server HTML). */
  box?: ChartBox;
  /** Lay out again at the column's width (default). */
  responsive?: boolean;
}

/** The plot, laid out at its preset on the server and at its column's width in the browser. */
export function TerrorismPlot({ panels, words, locale, variant, size, box, responsive = true }: TerrorismPlotProps) {
  const preset = box ?? TERRORISM_BOXES[size];
  const { ref, layout, reserve } = usePlotLayout((b) => terrorismLayout(panels, b, locale), preset, responsive);
  const hatchPrimary = `${plotIdPrefix(TERRORISM_CHART_ID, variant, size)}-hatch-primary`;
  const hatchSecondary = `${plotIdPrefix(TERRORISM_CHART_ID, variant, size)}-hatch-secondary`;
  const flag = tokenColor(FLAG_TOKEN);
  return (
    <PlotSvg ref={ref} phoneHeight={reserve} width={layout.width} height={layout.height} label={words.title} describedBy={hintId(TERRORISM_CHART_ID, variant, size)}>
      <defs>
        <HatchPattern id={hatchPrimary} color={tokenColor(PRIMARY_TOKEN)} />
        <HatchPattern id={hatchSecondary} color={tokenColor(SECONDARY_TOKEN)} />
      </defs>
      {layout.panels.length === 0 && (
        <text x={0} y={20} fontSize={FONT} className={styles.muted}>
          {words.empty}
        </text>
      )}
      {layout.panels.map((panel) => (
        <Layer key={panel.key} data-panel={panel.key} transform={`translate(${panel.x},${panel.y})`}>
          {panel.titleLines.map((line, i) => (
            <text key={i} x={0} y={16 + i * 18} fontSize={14} className={styles.strong}>
              {line}
            </text>
          ))}
          <line x1={0} x2={0} y1={panel.axisTop} y2={panel.height} className={styles.axisLine} />
          {panel.bars.map((bar, i) => {
            const color = tokenColor(bar.fromSeed ? PRIMARY_TOKEN : SECONDARY_TOKEN);
            // Hatched means one thing: a part of a year. A total over several years is a dashed bar.
            const fill = bar.wholeYear ? color : `url(#${bar.fromSeed ? hatchPrimary : hatchSecondary})`;
            const mid = bar.barY + 6;
            return (
              <Layer
                key={bar.id}
                data-mark={bar.id}
                data-group={`${TERRORISM_CHART_ID}-${panel.key}`}
                tabIndex={i === 0 ? 0 : -1}
                role="img"
                aria-label={bar.name}
                className={styles.mark}
              >
                <rect className={styles.hit} data-export-ignore="" x={-4} y={bar.y - 2} width={panel.width + 8} height={bar.height + 6} rx={4} />
                {bar.lines.map((line, li) => (
                  <text key={li} x={6} y={bar.y + 13 + li * 18} fontSize={FONT}>
                    {line.parts.map((part, pi) => (
                      <tspan key={pi} className={part.bold ? styles.strong : undefined}>
                        {pi > 0 ? `\u2003${part.text}` : part.text}
                      </tspan>
                    ))}
                  </text>
                ))}
                {bar.multiYear ? (
                  <path d={`M0 ${mid} H${bar.barWidth}`} strokeWidth={12} strokeDasharray="6 3" style={{ stroke: color, fill: 'none' }} data-multi-year="" />
                ) : (
                  <Rectangle
                    x={0}
                    y={bar.barY}
                    width={bar.barWidth}
                    height={12}
                    isAnimationActive={false}
                    isUpdateAnimationActive={false}
                    style={{ fill, stroke: bar.wholeYear ? 'none' : color, strokeWidth: 1 }}
                  />
                )}
                {bar.extendTo > bar.barWidth && (
                  <path
                    d={`M${bar.barWidth} ${mid} H${bar.extendTo} M${bar.extendTo - 5} ${mid - 4} L${bar.extendTo} ${mid} L${bar.extendTo - 5} ${mid + 4}`}
                    strokeWidth={1.6}
                    strokeDasharray="3 2"
                    style={{ stroke: color, fill: 'none' }}
                  />
                )}
                {bar.otherX !== undefined && (
                  <Dot cx={bar.otherX} cy={mid} r={5} strokeWidth={2} style={{ fill: 'none', stroke: flag }} />
                )}
                {bar.disputed && (
                  <Layer transform={`translate(${bar.flagX},${bar.barY - 1})`}>
                    <path d="M0.8 0 V14" strokeWidth={1.6} style={{ stroke: flag }} />
                    <path d="M1.3 0.5 H9.5 L7 3.5 L9.5 6.5 H1.3 Z" style={{ fill: flag }} />
                    <text x={13} y={11} fontSize={12} className={styles.flagText}>
                      {bar.flagText}
                    </text>
                  </Layer>
                )}
              </Layer>
            );
          })}
        </Layer>
      ))}
    </PlotSvg>
  );
}

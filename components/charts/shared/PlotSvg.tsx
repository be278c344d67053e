import type { CSSProperties, ReactNode, Ref } from 'react';
import styles from './chart.module.css';

export interface PlotSvgProps {
  width: number;
  height: number;
  /** Accessible name of the plot. */
  label: string;
  /** Id of the keyboard hint (rendered by ChartInteraction). */
  describedBy?: string;
  children: ReactNode;
  /** The plot measures its column through it (usePlotLayout). */
  ref?: Ref<SVGSVGElement>;
  /** The height kept below 440 px of column until the plot is laid out there (CSS; usePlotLayout). */
  phoneHeight?: string;
}

/**
 * A chart's plot: an SVG with explicit width and height (the exporters' canvas) whose viewBox
 * scales with the column (CSS width 100%, height from the aspect ratio: no layout shift).
 * `data-export-plot` marks it for the exporter (components/export); hover and focus rings inside
 * carry `data-export-ignore`.
 */
export function PlotSvg({ width, height, label, describedBy, children, ref, phoneHeight }: PlotSvgProps) {
  return (
    <svg
      ref={ref}
      className={styles.svg}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={label}
      aria-describedby={describedBy}
      xmlns="http://www.w3.org/2000/svg"
      data-export-plot=""
      data-phone-height={phoneHeight !== undefined ? '' : undefined}
      style={phoneHeight !== undefined ? ({ '--plot-phone-height': phoneHeight } as CSSProperties) : undefined}
    >
      {children}
    </svg>
  );
}

/** A diagonal hatch pattern in a token colour, for "part of a period" marks. */
export function HatchPattern({ id, color }: { id: string; color: string }) {
  return (
    <pattern id={id} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width={6} height={6} style={{ fill: color, opacity: 0.28 }} />
      <line x1={0} y1={0} x2={0} y2={6} strokeWidth={3} style={{ stroke: color }} />
    </pattern>
  );
}

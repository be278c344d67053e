'use client';
/**
 * The map's year marked on a chart with a year axis: a band behind the year's column and its
 * label, read from the `year` URL parameter the map writes (the latest year when there is none).
 * Decoration only (aria-hidden): the year itself is the map's control, and the table lists every year.
 */
import { useUrlParams } from '@/components/ui/useUrlParams';
import styles from './chart.module.css';
import { STRONG, textWidth } from './textWidth';
import { YEAR_PARAM, yearFromParam, type YearRange } from './yearParam';

export interface YearBand {
  year: number;
  x0: number;
  x1: number;
}

export interface SelectedYearBandProps {
  bands: readonly YearBand[];
  range: YearRange;
  top: number;
  bottom: number;
  font: number;
  /** The plot's width: the label stays inside it. */
  width: number;
}

function Band({ bands, top, bottom, font, width, year }: SelectedYearBandProps & { year: number }) {
  const band = bands.find((b) => b.year === year);
  if (!band) return null;
  const half = textWidth(String(year), font, STRONG) / 2 + 2;
  const labelX = Math.min(width - half, Math.max(half, (band.x0 + band.x1) / 2));
  return (
    <g aria-hidden="true" pointerEvents="none" data-selected-year={year} data-year-dependent="">
      <rect x={band.x0} y={top} width={Math.max(2, band.x1 - band.x0)} height={bottom - top} style={{ fill: 'var(--color-selection, #cfe0f7)', opacity: 0.55 }} />
      <text x={labelX} y={top - 4} fontSize={font} textAnchor="middle" className={styles.strong}>
        {year}
      </text>
    </g>
  );
}

export function SelectedYearBand(props: SelectedYearBandProps) {
  const [params, urlReader] = useUrlParams();
  return (
    <>
      <Band {...props} year={params ? yearFromParam(params.get(YEAR_PARAM), props.range) : props.range.maxYear} />
      {urlReader}
    </>
  );
}

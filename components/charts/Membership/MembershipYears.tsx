'use client';
import { usePathname } from 'next/navigation';
import Link from '@/components/ui/Link';
import { useRef, type KeyboardEvent } from 'react';
import { useUrlParams } from '@/components/ui/useUrlParams';
import { setSearchParams } from '@/lib/searchParams';
import { formatMessage, type CompiledMessage } from '@/lib/messages/compiled';
import { LOCALE_TAGS, type SiteLocale } from '@/lib/messages/locales';
import { paths } from '@/lib/paths';
import styles from '../shared/chart.module.css';
import { YEAR_PARAM, yearForKey, yearFromParam, type YearRange } from '../shared/yearParam';

export interface YearColumnProps {
  year: number;
  x0: number;
  x1: number;
  /** Middle of the year's label above the chart. */
  labelX: number;
  /** Accessible name: "2017: 8 members, 4 observers, 6 dialogue partners". */
  name: string;
  /** The year's highlight when selected: one band per panel (the step chart, each column of lanes). */
  bands: readonly { x0: number; x1: number; top: number; bottom: number }[];
}

export interface MembershipYearsProps {
  years: YearColumnProps[];
  range: YearRange;
  /** Top and bottom of the clickable columns (the step chart). */
  hitTop: number;
  hitBottom: number;
  font: number;
  label: string;
  /** The counts (beside the step chart or in a key under its axis) for each year: they follow the selected year. */
  endLabels: Record<number, readonly { key: string; text: string; x: number; y: number }[]>;
}

interface ColumnsProps extends MembershipYearsProps {
  selected: number;
  onSelect?: (year: number) => void;
}

/** The selected year's band and label, and one radio per year (a single tab stop). */
function YearColumns({ years, range, hitTop, hitBottom, font, label, endLabels, selected, onSelect }: ColumnsProps) {
  const groupRef = useRef<SVGGElement>(null);
  const current = years.find((y) => y.year === selected);
  const select = (year: number) => {
    onSelect?.(year);
    const el = groupRef.current?.querySelector(`[data-year="${year}"]`);
    if (el instanceof SVGElement) el.focus();
  };
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    const next = yearForKey(e.key, selected, range);
    if (next === undefined) {
      if (e.key === 'Enter' || e.key === ' ') e.preventDefault();
      return;
    }
    e.preventDefault();
    select(next);
  };
  return (
    <g>
      <g aria-hidden="true" data-year-dependent="" data-end-labels={selected}>
        {(endLabels[selected] ?? []).map((l) => (
          <text key={l.key} x={l.x} y={l.y + 4} fontSize={font} className={styles.strong}>
            {l.text}
          </text>
        ))}
      </g>
      {current && (
        <g aria-hidden="true" pointerEvents="none" data-year-dependent="">
          {current.bands.map((b) => (
            <rect
              key={b.x0}
              x={b.x0}
              y={b.top}
              width={Math.max(2, b.x1 - b.x0)}
              height={b.bottom - b.top}
              style={{ fill: 'var(--color-selection, #cfe0f7)', opacity: 0.55 }}
            />
          ))}
          <text x={current.labelX} y={hitTop - 8} fontSize={font} textAnchor="middle" className={styles.strong}>
            {current.year}
          </text>
        </g>
      )}
      <g ref={groupRef} role="radiogroup" aria-label={label} onKeyDown={onKeyDown}>
        {years.map((y) => (
          <g
            key={y.year}
            data-year={y.year}
            data-mark={`year-${y.year}`}
            role="radio"
            aria-checked={y.year === selected}
            aria-label={y.name}
            tabIndex={y.year === selected ? 0 : -1}
            className={styles.mark}
            onClick={() => select(y.year)}
            style={{ cursor: onSelect ? 'pointer' : undefined }}
          >
            <rect className={styles.hit} data-export-ignore="" x={y.x0} y={hitTop} width={Math.max(2, y.x1 - y.x0)} height={hitBottom - hitTop} />
          </g>
        ))}
      </g>
    </g>
  );
}

/**
 * The membership chart's year selection, shared with the map through the `year` URL parameter:
 * selecting a year here moves the map, and the map's year shows here.
 */
export function MembershipYears(props: MembershipYearsProps) {
  const [params, urlReader] = useUrlParams();
  // Years can be chosen once the URL has been read (the page has hydrated).
  const onSelect = (year: number) => setSearchParams({ [YEAR_PARAM]: String(year) });
  return (
    <>
      <YearColumns {...props} selected={params ? yearFromParam(params.get(YEAR_PARAM), props.range) : props.range.maxYear} {...(params ? { onSelect } : {})} />
      {urlReader}
    </>
  );
}

interface MapLinkProps {
  /** "Show {year} on the map", compiled on the server. */
  template: CompiledMessage;
  locale: SiteLocale;
  range: YearRange;
}

function MapLink({ template, locale, year }: { template: CompiledMessage; locale: SiteLocale; year: number }) {
  const pathname = usePathname();
  if (pathname === paths.home({ locale })) return null;
  return (
    <Link href={paths.home({ locale, query: { [YEAR_PARAM]: String(year) } })} className={styles.toolbarLink}>
      {formatMessage(template, LOCALE_TAGS[locale], { year })}
    </Link>
  );
}

/** "Show 2017 on the map": a link to the dashboard at the selected year (not shown on the dashboard). */
export function ShowOnMapLink({ template, locale, range }: MapLinkProps) {
  const [params, urlReader] = useUrlParams();
  return (
    <>
      <MapLink template={template} locale={locale} year={params ? yearFromParam(params.get(YEAR_PARAM), range) : range.maxYear} />
      {urlReader}
    </>
  );
}

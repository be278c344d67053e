'use client';
/**
 * The legend: how many states hold each status in the year (with the fill each has on the map),
 * then keys for the exercise and incident markers: shape per kind, area per figure, faded for
 * earlier years, dashed for approximate places. Only the layers that are on are explained.
 */
import { memo, useMemo, useRef } from 'react';
import type { StateStatus } from '@/data/schema';
import { useMapText } from './MapTextContext';
import type { MapText } from './mapText';
import { perYear, useYearListener, writeAttribute, writeText } from './yearSignal';
import type { StatusCounts } from '@/lib/memberStatus';
import { ALL_KINDS, type MapLayer } from './urlState';
import type { ExerciseKind } from '@/data/schema';
import { STATUS_ORDER, statusesShown } from './mapModel';
import { INCIDENT_COLOR, IncidentSymbolIcon, KindSymbolIcon, SymbolIcon } from './SymbolIcon';
import { StatusSwatch } from './StatusPatterns';
import type { MapSizeKey } from './types';
import styles from './MapLegend.module.css';


export interface MapLegendProps {
  year: number;
  /** Any year's counts by status. */
  countsOf: (year: number) => StatusCounts;
  /** "As on 31 December 2017." or "As of …" for the current year. */
  judgedTextOf: (year: number) => string;
  layers: readonly MapLayer[];
  kinds: readonly ExerciseKind[];
  troopsKey: MapSizeKey;
  casualtiesKey: MapSizeKey;
}

const SizeRow = memo(function SizeRow({ label, sizeKey, incident }: { label: string; sizeKey: MapSizeKey; incident: boolean }) {
  const { m, t } = useMapText();
  const shape = incident ? 'star' : 'circle';
  const color = incident ? INCIDENT_COLOR : 'var(--color-text-muted, #4d5866)';
  return (
    <div className={styles.sizeRow}>
      <span className={styles.sizeLabel}>{label}</span>
      <ul className={styles.sizes}>
        {sizeKey.items.map((item) => (
          <li key={item.value}>
            <SymbolIcon shape={shape} color={color} r={item.r} faded />
            <span>{item.label}</span>
          </li>
        ))}
        <li>
          <SymbolIcon shape={shape} color={color} r={sizeKey.unknownR} faded />
          <span>{t(m.legend.unknownSize)}</span>
        </li>
      </ul>
    </div>
  );
});

/** What the year's part of the legend says: rendered, and written for a slider step ahead of React. */
export interface StatusBlockView {
  title: string;
  judged: string;
  /** Every status, in order; those no state holds that year are hidden (the first two always show). */
  rows: { status: StateStatus; count: number; shown: boolean }[];
}

export function statusBlockView({ m, t }: Pick<MapText, 'm' | 't'>, year: number, counts: StatusCounts, judged: string): StatusBlockView {
  const held = statusesShown(counts);
  const listed = new Set(held.length > 0 ? held : STATUS_ORDER.slice(0, 2));
  return { title: t(m.legend.statusTitle, { year }), judged, rows: STATUS_ORDER.map((status) => ({ status, count: counts[status], shown: listed.has(status) })) };
}

function writeStatusBlock(section: HTMLElement, view: StatusBlockView) {
  const list = section.querySelector('[data-status-list]');
  writeText(section.querySelector('[data-status-title]'), view.title);
  writeText(section.querySelector('[data-judged]'), view.judged);
  writeAttribute(list, 'aria-label', view.title);
  for (const row of view.rows) {
    const li = list?.querySelector<HTMLElement>(`[data-status="${row.status}"]`);
    if (!li) continue;
    if (li.hidden === row.shown) li.hidden = !row.shown;
    writeText(li.querySelector('[data-count]'), String(row.count));
  }
}

/** The statuses and their counts in the year: the part of the legend a year step changes. */
const StatusBlock = memo(function StatusBlock({ view, membersOn }: { view: StatusBlockView; membersOn: boolean }) {
  const { m, t } = useMapText();
  return (
    <>
      <h2 className={styles.title} data-status-title="">
        {view.title}
      </h2>
      <p className={styles.note} data-judged="">
        {view.judged}
      </p>
      <ul className={styles.statuses} aria-label={view.title} data-dimmed={!membersOn || undefined} data-status-list="">
        {view.rows.map(({ status, count, shown }) => (
          <li key={status} className={styles.status} data-status={status} hidden={!shown}>
            <StatusSwatch status={status} />
            <span className={styles.statusName}>{t(m.statusPlural[status])}</span>
            <span className={styles.count} data-count="">
              {count}
            </span>
          </li>
        ))}
        <li className={styles.status} data-status="none">
          <StatusSwatch status="none" />
          <span className={styles.statusName}>{t(m.legend.noStatus)}</span>
        </li>
      </ul>
    </>
  );
});

/** Keys for the markers: shape per kind, area per figure (no year in them). */
const MarkerKeys = memo(function MarkerKeys({ layers, kinds, troopsKey, casualtiesKey }: Pick<MapLegendProps, 'layers' | 'kinds' | 'troopsKey' | 'casualtiesKey'>) {
  const { m, t, and } = useMapText();
  const hiddenKinds = ALL_KINDS.filter((k) => !kinds.includes(k));
  return (
    <>
      {layers.includes('exercises') && (
        <div className={styles.block}>
          <h3 className={styles.blockTitle}>{t(m.legend.exercisesTitle)}</h3>
          <ul className={styles.kinds}>
            {ALL_KINDS.filter((k) => kinds.includes(k)).map((kind) => (
              <li key={kind}>
                <KindSymbolIcon kind={kind} />
                <span>{t(m.kinds[kind])}</span>
              </li>
            ))}
          </ul>
          {hiddenKinds.length > 0 && (
            <p className={styles.note}>{t(m.legend.kindsHidden, { kinds: and(hiddenKinds.map((k) => t(m.kinds[k]))) })}</p>
          )}
          <SizeRow label={t(m.legend.troopsKey)} sizeKey={troopsKey} incident={false} />
          <p className={styles.note}>{t(m.legend.troopsNote)}</p>
        </div>
      )}

      {layers.includes('incidents') && (
        <div className={styles.block}>
          <h3 className={styles.blockTitle}>
            <IncidentSymbolIcon /> {t(m.legend.incidentsTitle)}
          </h3>
          <p className={styles.note}>{t(m.legend.incidentsRule)}</p>
          <SizeRow label={t(m.legend.casualtiesKey)} sizeKey={casualtiesKey} incident />
          <p className={styles.note}>{t(m.legend.casualtiesNote)}</p>
        </div>
      )}
    </>
  );
});

/** The year's own events solid, earlier ones faded, approximate places dashed. */
const EmphasisKeys = memo(function EmphasisKeys({ year }: { year: number }) {
  const { m, t } = useMapText();
  return (
    <ul className={styles.kinds}>
      <li>
        <SymbolIcon shape="circle" color="var(--color-text-muted, #4d5866)" />
        <span data-current-year="">{t(m.legend.currentYear, { year })}</span>
      </li>
      <li>
        <SymbolIcon shape="circle" color="var(--color-text-muted, #4d5866)" faded />
        <span>{t(m.legend.earlier)}</span>
      </li>
      <li>
        <SymbolIcon shape="circle" color="var(--color-text-muted, #4d5866)" dashed />
        <span>{t(m.legend.approximate)}</span>
      </li>
    </ul>
  );
});

const CapitalKey = memo(function CapitalKey() {
  const { m, t } = useMapText();
  return (
    <ul className={styles.kinds}>
      <li>
        <svg width="12" height="12" viewBox="-6 -6 12 12" aria-hidden="true" focusable="false">
          <circle r={3} className={styles.capitalDot} />
        </svg>
        <span>{t(m.legend.capital)}</span>
      </li>
    </ul>
  );
});

/**
 * Memoised in parts. A slider step renders none of it: the listener writes the year's title,
 * counts, rows and "events of" line into the rendered block (yearSignal.ts).
 */
export const MapLegend = memo(function MapLegend({ year, countsOf, judgedTextOf, layers, kinds, troopsKey, casualtiesKey }: MapLegendProps) {
  const text = useMapText();
  const { m, t } = text;
  const viewOf = useMemo(() => perYear((shown) => statusBlockView(text, shown, countsOf(shown), judgedTextOf(shown))), [text, countsOf, judgedTextOf]);
  const currentYearText = useMemo(() => perYear((shown) => t(m.legend.currentYear, { year: shown })), [t, m]);
  const section = useRef<HTMLElement>(null);
  // A slider step ahead of React (yearSignal.ts): the same view, written into the rendered block.
  useYearListener(year, (shown) => {
    const el = section.current;
    if (!el) return;
    el.setAttribute('data-map-legend', String(shown));
    writeStatusBlock(el, viewOf(shown));
    writeText(el.querySelector('[data-current-year]'), currentYearText(shown));
  });
  return (
    <section ref={section} className={styles.legend} aria-label={t(m.legend.label)} data-map-legend={year} data-year-dependent="">
      <StatusBlock view={viewOf(year)} membersOn={layers.includes('members')} />
      <MarkerKeys layers={layers} kinds={kinds} troopsKey={troopsKey} casualtiesKey={casualtiesKey} />
      {(layers.includes('exercises') || layers.includes('incidents')) && <EmphasisKeys year={year} />}
      {layers.includes('capitals') && <CapitalKey />}
    </section>
  );
});

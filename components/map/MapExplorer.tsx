'use client';
/**
 * The map explorer on `/`: year slider, layer and kind toggles, state search, the map (or its
 * list view), legend and details. Its view lives in the URL (urlState.ts, useMapView.ts), so
 * every view is a link, and it follows `year` when someone else (the membership chart) sets it.
 *
 * `MapExplorer` reads the URL and must sit inside <Suspense>; `MapExplorerFallback` is the same
 * layout at the default view, for the prerendered page (it shows the server outline and the
 * default year before JavaScript runs). The interactive map, the details panel and the list view
 * are loaded lazily, after first paint.
 */
import { useSearchParams } from 'next/navigation';
import { lazy, Suspense, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ExerciseKind } from '@/data/schema';
import { formatPartialDate } from '@/lib/format';
import { format, messages } from '@/lib/i18n';
import { memberCount } from '@/lib/memberStatus';
import { Toggle } from '@/components/ui/Toggle';
import { CountrySearch } from './CountrySearch';
import type { SelectSource } from './InteractiveMap';
import { LayerControls } from './LayerControls';
import { MapLegend } from './MapLegend';
import { eventsUpTo, exercisesShown, legendCounts, statusesInYear, yearOf } from './mapModel';
import type { MapData } from './types';
import type { MapLayer, MapUrlContext, MapViewState } from './urlState';
import { useMapView, type ViewUpdate } from './useMapView';
import { YearControl } from './YearControl';
import styles from './MapExplorer.module.css';

const InteractiveMap = lazy(() => import('./InteractiveMap'));
const DetailsPanel = lazy(() => import('./DetailsPanel'));
const ListView = lazy(() => import('./ListView'));
const MapExport = lazy(() => import('./MapExport'));

export interface MapExplorerProps {
  data: MapData;
  /** The server-rendered outline (StaticOutline) for the default year. */
  outline: ReactNode;
}

function urlContext(data: MapData): MapUrlContext {
  return {
    minYear: data.minYear,
    maxYear: data.maxYear,
    defaultYear: data.maxYear,
    stateIds: new Set(data.states.map((s) => s.id)),
    eventIds: new Set([...data.exercises, ...data.incidents].map((e) => e.id)),
  };
}

/** The explorer, following and writing the URL. Render inside <Suspense>. */
export function MapExplorer(props: MapExplorerProps) {
  const params = useSearchParams();
  const ctx = useMemo(() => urlContext(props.data), [props.data]);
  const [view, update] = useMapView(params, ctx);
  return <ExplorerView {...props} view={view} update={update} interactive />;
}

/** The explorer at its default view, without the URL: the prerendered fallback. */
export function MapExplorerFallback(props: MapExplorerProps) {
  const ctx = useMemo(() => urlContext(props.data), [props.data]);
  const [view, update] = useMapView(null, ctx);
  return <ExplorerView {...props} view={view} update={update} interactive={false} />;
}

interface ExplorerViewProps extends MapExplorerProps {
  view: MapViewState;
  update: (change: ViewUpdate, options?: { debounceMs?: number }) => void;
  interactive: boolean;
}

function ExplorerView({ data, outline, view, update, interactive }: ExplorerViewProps) {
  const t = messages().map;
  const mapAreaRef = useRef<HTMLDivElement>(null);
  const [playing, setPlaying] = useState(false);
  const [focusDetails, setFocusDetails] = useState(0);
  const { year, layers, kinds } = view;

  const statuses = useMemo(() => statusesInYear(data.states, year, data.asOf), [data.states, year, data.asOf]);
  const counts = useMemo(() => legendCounts(data.states, year, data.asOf), [data.states, year, data.asOf]);
  const exercises = useMemo(() => exercisesShown(data.exercises, year, kinds), [data.exercises, year, kinds]);
  const incidents = useMemo(() => eventsUpTo(data.incidents, year), [data.incidents, year]);

  const asOfYear = yearOf(data.asOfDate);
  const judgedText = year >= asOfYear ? format(t.legend.judgedAsOf, { date: formatPartialDate(data.asOfDate) }) : format(t.legend.judgedOnYearEnd, { year });

  const onYearChange = useCallback((next: number, source: 'slider' | 'play') => update({ year: next }, { debounceMs: source === 'slider' ? 250 : 0 }), [update]);
  const onLayersChange = useCallback((next: MapLayer[]) => update({ layers: next }), [update]);
  const onKindsChange = useCallback((next: ExerciseKind[]) => update({ kinds: next }), [update]);
  const onViewport = useCallback((zoom: number, center: [number, number] | null) => update({ zoom, center }), [update]);

  const onSelectState = useCallback(
    (id: string, source: SelectSource) => {
      update({ focus: id, sel: null });
      if (source === 'keyboard') setFocusDetails((n) => n + 1);
    },
    [update],
  );
  const onSelectEvent = useCallback(
    (id: string, source: SelectSource) => {
      update({ sel: id, focus: null });
      if (source === 'keyboard') setFocusDetails((n) => n + 1);
    },
    [update],
  );
  const onClearSelection = useCallback(() => {
    const back = view.sel ? `[data-event="${CSS.escape(view.sel)}"]` : view.focus ? `[data-id="${CSS.escape(view.focus)}"][role="button"]` : null;
    update({ sel: null, focus: null });
    if (back) mapAreaRef.current?.querySelector<SVGElement>(back)?.focus();
  }, [update, view.sel, view.focus]);

  const onPickState = useCallback(
    (id: string) => {
      const target = data.states.find((s) => s.id === id)?.view;
      update({ focus: id, sel: null, ...(target ? { zoom: target.zoom, center: target.zoom > 1 ? target.center : null } : {}) });
    },
    [update, data.states],
  );

  const members = memberCount(counts);
  const listShown = view.view === 'list';

  return (
    <div className={styles.explorer} data-interactive={interactive || undefined}>
      <div className={styles.toolbar} role="group" aria-label={t.controlsLabel}>
        <YearControl
          year={year}
          min={data.minYear}
          max={data.maxYear}
          valueText={format(t.year.valueText, { year, members })}
          onYearChange={onYearChange}
          playing={playing}
          onPlayingChange={setPlaying}
        />
        <CountrySearch states={data.states} onPick={onPickState} />
        <Toggle variant="button" pressed={listShown} onPressedChange={(on) => update({ view: on ? 'list' : 'map' })}>
          {t.display.list}
        </Toggle>
      </div>
      <LayerControls layers={layers} kinds={kinds} onLayersChange={onLayersChange} onKindsChange={onKindsChange} />

      <div className={styles.body}>
        <div className={styles.main}>
          <div
            ref={mapAreaRef}
            id="map-export"
            className={styles.mapArea}
            role="region"
            aria-label={t.regionLabel}
            aria-describedby="map-keyboard-help"
            hidden={listShown}
          >
            {interactive ? (
              <Suspense fallback={outline}>
                <InteractiveMap
                  data={data}
                  year={year}
                  layers={layers}
                  statuses={statuses}
                  exercises={exercises}
                  incidents={incidents}
                  focus={view.focus}
                  sel={view.sel}
                  zoom={view.zoom}
                  center={view.center}
                  placeholder={outline}
                  onSelectState={onSelectState}
                  onSelectEvent={onSelectEvent}
                  onClearSelection={onClearSelection}
                  onViewport={onViewport}
                />
              </Suspense>
            ) : (
              outline
            )}
            {interactive && (
              <div className={styles.exportSlot}>
                <Suspense fallback={null}>
                  <MapExport
                    data={data}
                    year={year}
                    layers={layers}
                    kinds={kinds}
                    counts={counts}
                    statuses={statuses}
                    exercises={exercises}
                    incidents={incidents}
                    judgedText={judgedText}
                  />
                </Suspense>
              </div>
            )}
            <p id="map-keyboard-help" className="visually-hidden">
              {t.keyboardHelp}
            </p>
          </div>
          {listShown && (
            <Suspense fallback={<p className={styles.loading}>{t.loading}</p>}>
              <ListView data={data} year={year} layers={layers} statuses={statuses} exercises={exercises} incidents={incidents} onSelectState={onSelectState} onSelectEvent={onSelectEvent} />
            </Suspense>
          )}
          <aside className={styles.boundaries} aria-labelledby="map-boundaries-title">
            <h2 id="map-boundaries-title" className={styles.boundariesTitle}>
              {t.disputed.title}
            </h2>
            <p>{t.disputed.body}</p>
          </aside>
        </div>
        <div className={styles.side}>
          {interactive && (view.sel || view.focus) && (
            <Suspense fallback={<p className={styles.loading}>{t.details.loading}</p>}>
              <DetailsPanel
                data={data}
                year={year}
                sel={view.sel}
                focus={view.focus}
                statuses={statuses}
                focusRequest={focusDetails}
                onClose={onClearSelection}
                onSelectState={onSelectState}
                onSelectEvent={onSelectEvent}
              />
            </Suspense>
          )}
          <MapLegend year={year} counts={counts} judgedText={judgedText} layers={layers} kinds={kinds} troopsKey={data.sizeKeys.troops} casualtiesKey={data.sizeKeys.casualties} />
        </div>
      </div>
    </div>
  );
}

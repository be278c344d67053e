'use client';
/**
 * The map explorer on `/`: year slider, layer and kind toggles, state search, the map (or its
 * list view), legend and details. Its view lives in the URL (urlState.ts, useMapView.ts), so
 * every view is a link, and it follows `year` when someone else (the membership chart) sets it.
 *
 * It is prerendered at the default view and hydrated in place: the URL is read after hydration
 * (useUrlParams' reader, the one part that waits for the URL), so the server's HTML — the outline, the
 * controls, the legend — stays on screen and is not rendered again. The page sends only a
 * summary (MapSummary): enough for the controls, the legend and the year's statuses. The
 * interactive map loads once the browser is idle after first paint (or at once when the reader
 * starts using the explorer), and the export menu once the map is drawn; they, the details
 * panel and the list view load the map's data (useMapData) themselves, so hydration does none
 * of that work.
 */
import { lazy, memo, Suspense, useCallback, useImperativeHandle, useMemo, useRef, useState, type ReactNode, type Ref } from 'react';
import type { ExerciseKind } from '@/data/schema';
import { memberCount } from '@/lib/memberStatus';
import { Toggle } from '@/components/ui/Toggle';
import { useUrlParams } from '@/components/ui/useUrlParams';
import { CountrySearch } from './CountrySearch';
import type { SelectSource } from './mapViewProps';
import { LayerControls } from './LayerControls';
import type { MapMessages } from './mapMessages.server';
import { mapText } from './mapText';
import { MapTextContext, useMapText } from './MapTextContext';
import { MapLegend } from './MapLegend';
import { createYearStatuses, yearOf } from './mapModel';
import type { MapSummary } from './types';
import type { MapLayer, MapUrlContext } from './urlState';
import { useIdleStart } from '@/lib/useIdleStart';
import { usePrefetchMapData } from './usePrefetchMapData';
import { useMapView } from './useMapView';
import { shownInSelector } from './yearClasses';
import { YearControl } from './YearControl';
import { perYear, YearSignalContext } from './yearSignal';
import { useSliderYear } from './useSliderYear';
import styles from './MapExplorer.module.css';
import type { ExportMenuWords } from '@/components/export/exportWords';

const InteractiveMap = lazy(() => import('./InteractiveMap'));
const DetailsPanel = lazy(() => import('./DetailsPanel'));
const ListView = lazy(() => import('./ListView'));
const MapExport = lazy(() => import('./MapExport'));

export interface MapExplorerProps {
  /** The explorer's words in the page's language, compiled on the server (mapMessages.server.ts). */
  messages: MapMessages;
  /** The Export menu's words in that language (`exportMenuWords(locale)` on the server). */
  exportWords: ExportMenuWords;

  /** What first paint needs (mapData.ts summarizeMapData). */
  summary: MapSummary;
  /** The server-rendered outline (StaticOutline) for the default year. */
  outline: ReactNode;
  /** Extra actions at the end of the toolbar (the dashboard's "Add to briefing"). */
  actions?: ReactNode;
  /** Lets a briefing slide's frame play the years from the first on a key press (EmbeddedMap). */
  control?: Ref<MapExplorerControl>;
}

export interface MapExplorerControl {
  /** Plays the membership expansion from the first year to the latest, as Play does. */
  playFromStart(): void;
}

/** When the details sit below the map (MapExplorer.module.css): a tap brings them into view. */
const STACKED_QUERY = '(max-width: 60rem)';
const detailsOutOfSight = (source: SelectSource) => source === 'keyboard' || window.matchMedia(STACKED_QUERY).matches;

/** Discrete changes (a layer, the list, a selection) add a history entry, so Back undoes them. */
const PUSH = { push: true } as const;

function urlContext(summary: MapSummary): MapUrlContext {
  return {
    minYear: summary.minYear,
    maxYear: summary.maxYear,
    defaultYear: summary.maxYear,
    stateIds: new Set(summary.states.map((s) => s.id)),
    eventIds: new Set(summary.eventIds),
  };
}

/** The note on disputed boundaries beside the map: never changes. */
const BoundariesNote = memo(function BoundariesNote() {
  const { m, t } = useMapText();
  return (
    <aside className={styles.boundaries} aria-labelledby="map-boundaries-title">
      <h2 id="map-boundaries-title" className={styles.boundariesTitle}>
        {t(m.disputed.title)}
      </h2>
      <p>{t(m.disputed.body)}</p>
    </aside>
  );
});

export function MapExplorer({ messages, ...props }: MapExplorerProps) {
  const text = useMemo(() => mapText(messages), [messages]);
  return (
    <MapTextContext value={text}>
      <Explorer {...props} />
    </MapTextContext>
  );
}

function Explorer({ exportWords, summary, outline, actions, control }: Omit<MapExplorerProps, 'messages'>) {
  const text = useMapText();
  const { m: tm, t: tf } = text;
  const ctx = useMemo(() => urlContext(summary), [summary]);
  const [params, urlReader] = useUrlParams();
  const [view, updateView] = useMapView(params, ctx);
  const rootRef = useRef<HTMLDivElement>(null);
  const mapAreaRef = useRef<HTMLDivElement>(null);
  const started = useIdleStart(rootRef);
  // The export menu (and its code) follows once the map it exports is drawn.
  const [mapReady, setMapReady] = useState(false);
  const onMapReady = useCallback(() => setMapReady(true), []);
  const [playing, setPlaying] = useState(false);
  const [focusDetails, setFocusDetails] = useState(0);
  const { year, layers, kinds } = view;
  const listShown = view.view === 'list';
  // A link that opens the details or the list needs the data at once, beside their code.
  usePrefetchMapData(view.sel !== null || view.focus !== null || listShown, text.locale);

  // Worked out once per year; years with the same statuses share one Map (see createYearStatuses).
  const byYear = useMemo(() => createYearStatuses(summary.states, summary.asOf), [summary.states, summary.asOf]);
  const statuses = byYear.statuses(year);
  const counts = byYear.counts(year);

  const asOfYear = yearOf(summary.asOfDate);
  const judgedTextOf = useMemo(
    () => perYear((y) => (y >= asOfYear ? tf(tm.legend.judgedAsOf, { date: summary.asOfLabel }) : tf(tm.legend.judgedOnYearEnd, { year: y }))),
    [asOfYear, tf, tm, summary.asOfLabel],
  );
  const judgedText = judgedTextOf(year);
  const valueTextOf = useMemo(() => perYear((y) => tf(tm.year.valueText, { year: y, members: memberCount(byYear.counts(y)) })), [tf, tm, byYear]);

  // A slider step shows its year at once without a render; React takes it once the slider rests.
  const { signal, update, onYearChange, commitYear, onOtherInput } = useSliderYear(year, updateView);
  const onPlayingChange = useCallback(
    (on: boolean) => {
      commitYear();
      setPlaying(on);
    },
    [commitYear],
  );
  const onLayersChange = useCallback((next: MapLayer[]) => update({ layers: next }, PUSH), [update]);
  const onKindsChange = useCallback((next: ExerciseKind[]) => update({ kinds: next }, PUSH), [update]);
  const onViewport = useCallback((zoom: number, center: [number, number] | null) => update({ zoom, center }), [update]);
  const onListChange = useCallback((on: boolean) => update({ view: on ? 'list' : 'map' }, PUSH), [update]);

  // A request to play the expansion: from the first year, whatever the year shown.
  const playFromStart = useCallback(() => {
    update({ year: summary.minYear });
    setPlaying(true);
  }, [summary.minYear, update, setPlaying]);
  useImperativeHandle(control, () => ({ playFromStart }), [playFromStart]);

  const onSelectState = useCallback(
    (id: string, source: SelectSource) => {
      update({ focus: id, sel: null }, PUSH);
      if (detailsOutOfSight(source)) setFocusDetails((n) => n + 1);
    },
    [update],
  );
  const onSelectEvent = useCallback(
    (id: string, source: SelectSource) => {
      update({ sel: id, focus: null }, PUSH);
      if (detailsOutOfSight(source)) setFocusDetails((n) => n + 1);
    },
    [update],
  );
  const onClearSelection = useCallback(() => {
    // Every year's markers are in the map (EventLayer): back to the selected event's marker of this year.
    const back = view.sel ? `[data-event="${CSS.escape(view.sel)}"]${shownInSelector(year)}` : view.focus ? `[data-id="${CSS.escape(view.focus)}"][role="button"]` : null;
    update({ sel: null, focus: null }, PUSH);
    if (back) mapAreaRef.current?.querySelector<SVGElement>(back)?.focus();
  }, [update, view.sel, view.focus, year]);

  const onPickState = useCallback(
    (id: string) => {
      const target = summary.states.find((s) => s.id === id)?.view;
      update({ focus: id, sel: null, ...(target ? { zoom: target.zoom, center: target.zoom > 1 ? target.center : null } : {}) }, PUSH);
    },
    [update, summary.states],
  );

  const loading = <p className={styles.loading}>{tf(tm.dataLoading)}</p>;

  return (
    <YearSignalContext value={signal}>
    <div ref={rootRef} className={styles.explorer} data-interactive={params !== null || undefined} onPointerDownCapture={onOtherInput} onKeyDownCapture={onOtherInput}>
      {urlReader}
      <div className={styles.toolbar} role="group" aria-label={tf(tm.controlsLabel)}>
        <YearControl
          year={year}
          min={summary.minYear}
          max={summary.maxYear}
          valueTextOf={valueTextOf}
          onYearChange={onYearChange}
          playing={playing}
          onPlayingChange={onPlayingChange}
        />
        <CountrySearch states={summary.states} onPick={onPickState} />
        <ListToggle pressed={listShown} onChange={onListChange} />
        {actions}
      </div>
      <LayerControls layers={layers} kinds={kinds} onLayersChange={onLayersChange} onKindsChange={onKindsChange} />

      <div className={styles.body}>
        <div className={styles.main}>
          {/* Where the Export menu says what it did: above the map, never over it (components/export). */}
          <div className={styles.exportStatus} data-export-status="" hidden={listShown} />
          <div
            ref={mapAreaRef}
            id="map-export"
            data-export-scope=""
            data-export-target="main"
            className={styles.mapArea}
            role="region"
            aria-label={tf(tm.regionLabel)}
            aria-describedby="map-keyboard-help"
            hidden={listShown}
          >
            {started ? (
              <Suspense fallback={outline}>
                <InteractiveMap
                  summary={summary}
                  year={year}
                  layers={layers}
                  kinds={kinds}
                  statuses={statuses}
                  statusesOf={byYear.statuses}
                  focus={view.focus}
                  sel={view.sel}
                  zoom={view.zoom}
                  center={view.center}
                  placeholder={outline}
                  onSelectState={onSelectState}
                  onSelectEvent={onSelectEvent}
                  onClearSelection={onClearSelection}
                  onViewport={onViewport}
                  onReady={onMapReady}
                  fade={playing}
                />
              </Suspense>
            ) : (
              outline
            )}
            {mapReady && (
              <div className={styles.exportSlot}>
                <Suspense fallback={null}>
                  <MapExport exportWords={exportWords} year={year} layers={layers} kinds={kinds} counts={counts} statuses={statuses} judgedText={judgedText} />
                </Suspense>
              </div>
            )}
            <p id="map-keyboard-help" className="visually-hidden">
              {tf(tm.keyboardHelp)}
            </p>
          </div>
          {listShown && (
            <Suspense fallback={loading}>
              <ListView year={year} layers={layers} kinds={kinds} statuses={statuses} onSelectState={onSelectState} onSelectEvent={onSelectEvent} />
            </Suspense>
          )}
          <BoundariesNote />
        </div>
        {/* Focusable so a keyboard can scroll it when it is taller than the screen. */}
        <div className={styles.side} role="region" aria-label={tf(tm.legend.sideLabel)} tabIndex={0}>
          {(view.sel || view.focus) && (
            <Suspense fallback={loading}>
              <DetailsPanel
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
          <MapLegend year={year} countsOf={byYear.counts} judgedTextOf={judgedTextOf} layers={layers} kinds={kinds} troopsKey={summary.sizeKeys.troops} casualtiesKey={summary.sizeKeys.casualties} />
        </div>
      </div>
    </div>
    </YearSignalContext>
  );
}

/** The "List view" toggle (memoised: a year step does not touch it). */
const ListToggle = memo(function ListToggle({ pressed, onChange }: { pressed: boolean; onChange: (on: boolean) => void }) {
  const { m, t } = useMapText();
  return (
    <Toggle variant="button" pressed={pressed} onPressedChange={onChange}>
      {t(m.display.list)}
    </Toggle>
  );
});

'use client';
/**
 * Exercise and incident markers. Each place of an event is a marker at its projected point;
 * markers that would overlap are spread on a ring (markerLayout.ts) with a leader line to
 * their true point. Shapes keep their size on screen at any zoom (a `scale(1/zoom)` transform
 * attribute, updated directly during a gesture: exports read geometry from attributes). Earlier years are faded, approximate places dashed, the selected event ringed.
 *
 * Every year's markers are drawn (mapMarkers.ts assembleMarkerYears: one instance per look; the shown
 * year's first, the others once laid out: useYearMarkers.ts), each
 * with a class per year it shows in (yearClasses.ts); yearRules.css shows the
 * instances of the svg's year class and hides the rest (display: none, which the export leaves out and
 * assistive technology skips). So a year step renders nothing here. The one tab stop among the
 * year's markers is set by the map (ReadyMap's useMarkerTabStop), not by a render.
 */
import { memo } from 'react';
import { Line, useMapContext } from 'react-simple-maps';
import { markerOrigin } from './counterScale';
import { isAreaPoint } from '@/lib/coordPrecision';
import type { MarkerInstance } from './mapMarkers';
import { shownInClasses } from './yearClasses';
import { symbolPath, type SymbolShape } from '@/components/frame/symbols';
import styles from './MapStage.module.css';

export interface EventLayerProps {
  /** Every year's markers, in drawing order (bottom first); the shown year's alone until the others are laid out. */
  instances: readonly MarkerInstance[];
  /** Whether `instances` holds every year's (`data-years="all"`) or the shown year's so far (`"shown"`). */
  allYears: boolean;
  selectedId: string | null;
  /** `scale(1/zoom)` for every marker. */
  scale: string;
}

interface EventMarkerProps {
  markerKey: string;
  eventId: string;
  lon: number;
  lat: number;
  shape: SymbolShape;
  color: string;
  r: number;
  current: boolean;
  approximate: boolean;
  selected: boolean;
  /** The classes of the years it shows in (yearClasses.ts). */
  years: string;
  name: string;
  /** Ring offset from the true point, in screen pixels. */
  dx: number;
  dy: number;
  /** `scale(1/zoom)`: keeps the marker at its screen size. */
  scale: string;
}

/**
 * One marker; memoised on plain props, so a year step re-renders only markers that change. Drawn
 * as few nodes as it can be (issue #15: every year's markers are in the page, and a year step
 * restyles the ones that show and hide): one group placed at the marker's point and counter-scaled
 * (what react-simple-maps' <Marker> and an inner scale group did as two), then the focus ring and
 * the symbol; a marker spread on a ring adds its leader and its true point, and moves its ring and
 * symbol by attributes (no offset group).
 * `data-origin` keeps the placement, so a zoom gesture can rewrite the scale alone (useMapGestures).
 */
const EventMarker = memo(function EventMarker(p: EventMarkerProps) {
  const { projection } = useMapContext();
  const at = projection([p.lon, p.lat]);
  if (!at) return null;
  const origin = markerOrigin(at);
  const spread = p.dx !== 0 || p.dy !== 0;
  // On a ring, the ring and the symbol are moved to the marker's place by attributes, not by a group.
  const symbol = (
    <>
      <circle cx={spread ? p.dx : undefined} cy={spread ? p.dy : undefined} r={p.r + 4} className={styles.focusRing} data-export-ignore="" />
      <path d={symbolPath(p.shape, p.r)} transform={spread ? `translate(${p.dx} ${p.dy})` : undefined} className={styles.symbol} style={{ color: p.color }} />
    </>
  );
  return (
    <g
      transform={`${origin} ${p.scale}`}
      data-counter-scale=""
      data-origin={origin}
      className={`${styles.marker} ${p.years}`}
      data-year-bound=""
      data-marker={p.markerKey}
      data-event={p.eventId}
      data-current={p.current || undefined}
      data-approximate={p.approximate || undefined}
      data-selected={p.selected || undefined}
      tabIndex={-1}
      role="button"
      aria-label={p.name}
      aria-current={p.selected ? 'true' : undefined}
    >
      {spread ? (
        <>
          <line x1={0} y1={0} x2={p.dx} y2={p.dy} className={styles.leader} />
          <circle r={1.8} className={styles.anchor} />
          {symbol}
        </>
      ) : (
        symbol
      )}
    </g>
  );
});

export const EventLayer = memo(function EventLayer({ instances, allYears, selectedId, scale }: EventLayerProps) {
  const selected = selectedId === null ? [] : instances.filter((m) => m.event.id === selectedId);
  // The links join the selected event's places (their true points), in the years it shows in.
  const places = [...new Map(selected.map((m) => [m.key, m])).values()];
  const linkYears = shownInClasses([...new Set(selected.flatMap((m) => m.years))].sort((a, b) => a - b));
  return (
    <g className={styles.events} data-marker-layer="" data-years={allYears ? 'all' : 'shown'}>
      {places.length > 1 && (
        <g className={`${styles.selectedLinks} ${linkYears}`} aria-hidden="true" data-year-bound="">
          {places.slice(1).map((m, i) => {
            const prev = places[i];
            return prev ? (
              <Line key={m.key} from={[prev.place.lon, prev.place.lat]} to={[m.place.lon, m.place.lat]} className={styles.link} />
            ) : null;
          })}
        </g>
      )}
      {instances.map((m) => (
        <EventMarker
          key={m.id}
          markerKey={m.key}
          eventId={m.event.id}
          lon={m.place.lon}
          lat={m.place.lat}
          shape={m.shape}
          color={m.color}
          r={m.r}
          current={m.current}
          approximate={isAreaPoint(m.place.precision)}
          selected={m.event.id === selectedId}
          years={shownInClasses(m.years)}
          name={m.name}
          dx={m.dx}
          dy={m.dy}
          scale={scale}
        />
      ))}
    </g>
  );
});


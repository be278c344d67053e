'use client';
/**
 * The states, as react-simple-maps <Geography> shapes with precomputed paths. A slider step
 * writes the year's fills into the shapes without a render (writeYear, yearSignal.ts); when React
 * takes the year, it re-renders only the shapes whose fill or name changed (Geography and
 * TinyState are memoised and every prop here is stable otherwise; the rest of the world is rendered
 * once). States in the data are buttons with an accessible name and take part in one roving tab
 * stop; the rest of the world is context, hidden from assistive tech.
 *
 * States too small to see or hit (the Maldives, Bahrain) also get a round symbol of their fill.
 */
import { memo, useMemo, useRef } from 'react';
import { Geography, Marker } from 'react-simple-maps';
import type { StateStatus } from '@/data/schema';
import { statusFill } from './StatusPatterns';
import type { MapGeography } from './useRegionGeometry';
import { TouchTargets, type SmallState } from './TouchTargets';
import { useYearListener, writeAttribute } from './yearSignal';
import styles from './MapStage.module.css';

/** Below this area (square viewBox units at zoom 1) a state also gets a symbol. */
export const TINY_AREA = 30;
const TINY_SYMBOL_RADIUS = 4.5;

export interface StateLayerProps {
  geographies: readonly MapGeography[];
  /** ISO numeric → ISO alpha-3, for the states in the data. */
  isoByNumeric: ReadonlyMap<string, string>;
  /** The year rendered, its statuses, and any year's (for a slider step shown ahead of React). */
  year: number;
  statuses: ReadonlyMap<string, StateStatus>;
  statusesOf: (year: number) => ReadonlyMap<string, StateStatus>;
  /** False when the members layer is off: every state is drawn neutral. */
  showStatus: boolean;
  /** ISO alpha-3 → accessible name ("Kyrgyzstan: Member in 2017"). */
  labels: ReadonlyMap<string, string>;
  /** The state that holds the roving tab stop. */
  rovingId: string | null;
  /** Where tiny states' symbols go ([lon, lat] of their capital). */
  tinyAnchors: ReadonlyMap<string, [number, number]>;
  patternPrefix: string;
  /** `scale(1/zoom)` for the tiny states' symbols. */
  scale: string;
}

type FillProps = Pick<StateLayerProps, 'statuses' | 'showStatus' | 'patternPrefix'>;

function fillFor(iso: string | undefined, props: FillProps): string | undefined {
  if (!iso) return undefined;
  const status = props.showStatus ? props.statuses.get(iso) : undefined;
  return statusFill(props.patternPrefix, status ?? 'none');
}

/** A tiny state's symbol shows only a faint ring in a year without a status (or members off). */
const noStatus = (iso: string, props: FillProps) => !(props.showStatus && props.statuses.has(iso));

/** Writes another year's fills into the layer's shapes, as its render would (yearSignal.ts). */
function writeYear(root: SVGGElement, props: FillProps) {
  for (const el of root.querySelectorAll<SVGElement>('[data-id]')) {
    const iso = el.getAttribute('data-id') ?? undefined;
    if (!iso) continue;
    if (el instanceof SVGPathElement) {
      writeAttribute(el, 'fill', fillFor(iso, props));
      continue;
    }
    // The tiny states' symbols (a touch target carries the state's id too, and no fill).
    const symbol = el.querySelector('[data-tiny-symbol]');
    if (!symbol) continue;
    writeAttribute(symbol, 'fill', fillFor(iso, props));
    writeAttribute(el, 'data-none', noStatus(iso, props) ? 'true' : undefined);
  }
}

/** The rest of the world: context only, never changes with the year (rendered once). */
const ContextShapes = memo(function ContextShapes({ geographies }: { geographies: readonly MapGeography[] }) {
  return (
    <>
      {geographies.map((g) => (
        <Geography
          key={g.geography.rsmKey}
          geography={g.geography}
          className={`${styles.country} ${styles.outside}`}
          data-name={g.name}
          tabIndex={-1}
          aria-hidden
        />
      ))}
    </>
  );
});

interface TinyStateProps {
  iso: string;
  anchor: [number, number];
  fill: string | undefined;
  /** No status shown this year: only a faint ring. */
  none: boolean;
  roving: boolean;
  label: string | undefined;
  scale: string;
}

/** A state too small to see or hit, as a round symbol of its fill at its capital. */
const TinyState = memo(function TinyState({ iso, anchor, fill, none, roving, label, scale }: TinyStateProps) {
  return (
    <Marker coordinates={anchor} data-id={iso} className={styles.tinyState} data-none={none || undefined} tabIndex={roving ? 0 : -1} role="button" aria-label={label}>
      <g data-counter-scale="" transform={scale}>
        <circle r={TINY_SYMBOL_RADIUS + 3} className={styles.focusRing} data-export-ignore="" />
        <circle r={TINY_SYMBOL_RADIUS} fill={fill} className={styles.tinySymbol} data-tiny-symbol="" />
      </g>
    </Marker>
  );
});

export const StateLayer = memo(function StateLayer(props: StateLayerProps) {
  const { geographies, isoByNumeric, labels, rovingId, tinyAnchors } = props;
  const { context, ours } = useMemo(() => {
    const split: { context: MapGeography[]; ours: { g: MapGeography; iso: string }[] } = { context: [], ours: [] };
    for (const g of geographies) {
      const iso = g.numericId ? isoByNumeric.get(g.numericId) : undefined;
      if (iso) split.ours.push({ g, iso });
      else split.context.push(g);
    }
    return split;
  }, [geographies, isoByNumeric]);
  // Stable across years: the touch targets render once per geometry, not per year step.
  const small = useMemo(
    () =>
      ours.flatMap(({ g, iso }): SmallState[] => {
        const anchor = tinyAnchors.get(iso);
        return anchor ? [{ iso, anchor, bounds: g.bounds }] : [];
      }),
    [ours, tinyAnchors],
  );
  const tiny: { iso: string; fill: string | undefined; anchor: [number, number] }[] = [];
  const rootRef = useRef<SVGGElement>(null);
  const { statusesOf, showStatus, patternPrefix } = props;
  useYearListener(props.year, (year) => {
    if (rootRef.current) writeYear(rootRef.current, { statuses: statusesOf(year), showStatus, patternPrefix });
  });

  const shapes = ours.map(({ g, iso }) => {
    const fill = fillFor(iso, props);
    const anchor = tinyAnchors.get(iso);
    const isTiny = anchor !== undefined && g.area < TINY_AREA;
    if (isTiny) tiny.push({ iso, fill, anchor });
    return (
      <Geography
        key={g.geography.rsmKey}
        geography={g.geography}
        className={styles.country}
        fill={fill}
        data-id={iso}
        tabIndex={!isTiny && iso === rovingId ? 0 : -1}
        role={isTiny ? undefined : 'button'}
        aria-label={isTiny ? undefined : labels.get(iso)}
        aria-hidden={isTiny ? true : undefined}
      />
    );
  });
  return (
    <g ref={rootRef}>
      <g className={styles.countries}>
        <ContextShapes geographies={context} />
        {shapes}
      </g>
      <g className={styles.tinyStates}>
        {tiny.map(({ iso, fill, anchor }) => (
          <TinyState
            key={iso}
            iso={iso}
            anchor={anchor}
            fill={fill}
            none={noStatus(iso, props)}
            roving={iso === rovingId}
            label={labels.get(iso)}
            scale={props.scale}
          />
        ))}
      </g>
      <TouchTargets states={small} scale={props.scale} />
    </g>
  );
});

'use client';
/**
 * The states, as react-simple-maps <Geography> shapes with precomputed paths. A year change
 * re-renders only the shapes whose fill or name changed (Geography is memoised and every prop
 * here is stable otherwise). States in the data are buttons with an accessible name and take
 * part in one roving tab stop; the rest of the world is context, hidden from assistive tech.
 *
 * States too small to see or hit (the Maldives, Bahrain) also get a round symbol of their fill.
 */
import { memo } from 'react';
import { Geography, Marker } from 'react-simple-maps';
import type { StateStatus } from '@/data/schema';
import { statusFill } from './StatusPatterns';
import type { MapGeography } from './useRegionGeometry';
import styles from './MapStage.module.css';

/** Below this area (square viewBox units at zoom 1) a state also gets a symbol. */
export const TINY_AREA = 30;
const TINY_SYMBOL_RADIUS = 4.5;

export interface StateLayerProps {
  geographies: readonly MapGeography[];
  /** ISO numeric → ISO alpha-3, for the states in the data. */
  isoByNumeric: ReadonlyMap<string, string>;
  statuses: ReadonlyMap<string, StateStatus>;
  /** False when the members layer is off: every state is drawn neutral. */
  showStatus: boolean;
  /** ISO alpha-3 → accessible name ("Kyrgyzstan: Member in 2017"). */
  labels: ReadonlyMap<string, string>;
  /** The state that holds the roving tab stop. */
  rovingId: string | null;
  /** Where tiny states' symbols go ([lon, lat] of their capital). */
  tinyAnchors: ReadonlyMap<string, [number, number]>;
  patternPrefix: string;
}

function fillFor(iso: string | undefined, props: StateLayerProps): string | undefined {
  if (!iso) return undefined;
  const status = props.showStatus ? props.statuses.get(iso) : undefined;
  return statusFill(props.patternPrefix, status ?? 'none');
}

export const StateLayer = memo(function StateLayer(props: StateLayerProps) {
  const { geographies, isoByNumeric, labels, rovingId, tinyAnchors } = props;
  const tiny: { iso: string; fill: string | undefined; anchor: [number, number] }[] = [];
  const shapes = geographies.map((g) => {
    const iso = g.numericId ? isoByNumeric.get(g.numericId) : undefined;
    const fill = fillFor(iso, props);
    const anchor = iso ? tinyAnchors.get(iso) : undefined;
    const isTiny = iso !== undefined && anchor !== undefined && g.area < TINY_AREA;
    if (isTiny && anchor) tiny.push({ iso, fill, anchor });
    const interactive = iso !== undefined && !isTiny;
    return (
      <Geography
        key={g.geography.rsmKey}
        geography={g.geography}
        className={iso ? styles.country : `${styles.country} ${styles.outside}`}
        fill={fill}
        data-id={iso}
        data-name={iso ? undefined : g.name}
        tabIndex={interactive && iso === rovingId ? 0 : -1}
        role={interactive ? 'button' : undefined}
        aria-label={interactive ? labels.get(iso) : undefined}
        aria-hidden={interactive ? undefined : true}
      />
    );
  });
  return (
    <>
      <g className={styles.countries}>{shapes}</g>
      <g className={styles.tinyStates}>
        {tiny.map(({ iso, fill, anchor }) => (
          <Marker
            key={iso}
            coordinates={anchor}
            data-id={iso}
            className={styles.tinyState}
            tabIndex={iso === rovingId ? 0 : -1}
            role="button"
            aria-label={labels.get(iso)}
          >
            <g className={styles.counterScale}>
              <circle r={TINY_SYMBOL_RADIUS + 3} className={styles.focusRing} />
              <circle r={TINY_SYMBOL_RADIUS} fill={fill} className={styles.tinySymbol} />
            </g>
          </Marker>
        ))}
      </g>
    </>
  );
});

'use client';
/**
 * Touch targets for small states: a transparent disc at the state's capital, at least
 * MIN_TARGET_PX across on screen at any zoom and map width (WCAG 2.5.8), for the states whose
 * shape is narrower than that at zoom 1 (Bahrain, Qatar, the Maldives, Armenia on a phone). It
 * carries the state's `data-id`, so a tap or hover on it is a tap or hover on the state; it is
 * hidden from assistive tech (the state itself is the button) and from exports.
 */
import { memo, useEffect, useRef, useState } from 'react';
import { Marker } from 'react-simple-maps';
import styles from './MapStage.module.css';

/** The smallest target a finger should have to hit, in CSS pixels (WCAG 2.5.8)… */
export const MIN_TARGET_PX = 24;
/** …and the disc drawn, with a margin for rounding. */
const TARGET_PX = 28;

export interface SmallState {
  iso: string;
  /** [lon, lat] of its capital. */
  anchor: [number, number];
  /** Bounding box in viewBox units at zoom 1. */
  bounds: [[number, number], [number, number]];
}

/** CSS pixels per viewBox unit of the map's <svg>, kept up to date as the map resizes. */
function usePxPerUnit(ref: React.RefObject<SVGGElement | null>): number {
  const [pxPerUnit, setPxPerUnit] = useState(0);
  useEffect(() => {
    const svg = ref.current?.ownerSVGElement;
    if (!svg) return;
    const measure = () => {
      const units = svg.viewBox.baseVal.width;
      if (units > 0) setPxPerUnit(svg.getBoundingClientRect().width / units);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(svg);
    measure();
    return () => observer.disconnect();
  }, [ref]);
  return pxPerUnit;
}

/** Whether a state's shape is narrower than a touch target at this scale. */
export function needsTouchTarget(bounds: SmallState['bounds'], pxPerUnit: number): boolean {
  const [[x0, y0], [x1, y1]] = bounds;
  return Math.min(x1 - x0, y1 - y0) * pxPerUnit < MIN_TARGET_PX;
}

export const TouchTargets = memo(function TouchTargets({ states, scale }: { states: readonly SmallState[]; scale: string }) {
  const ref = useRef<SVGGElement>(null);
  const pxPerUnit = usePxPerUnit(ref);
  const r = pxPerUnit > 0 ? TARGET_PX / 2 / pxPerUnit : 0;
  return (
    <g ref={ref} className={styles.touchTargets} aria-hidden="true" data-export-ignore="">
      {r > 0 &&
        states
          .filter((s) => needsTouchTarget(s.bounds, pxPerUnit))
          .map((s) => (
            <Marker key={s.iso} coordinates={s.anchor} data-id={s.iso} data-touch-target="">
              <circle r={r} transform={scale} className={styles.touchTarget} />
            </Marker>
          ))}
    </g>
  );
});

'use client';
/**
 * Layer toggles (members, exercises, incidents, capitals) and the exercise-kind filter, as
 * pressed buttons. Each kind button shows the marker shape and colour it filters.
 */
import { memo } from 'react';
import type { ExerciseKind } from '@/data/schema';
import { Toggle } from '@/components/ui/Toggle';
import { useMapText } from './MapTextContext';
import { KindSymbolIcon } from './SymbolIcon';
import { ALL_KINDS, ALL_LAYERS, type MapLayer } from './urlState';
import styles from './MapControls.module.css';

export interface LayerControlsProps {
  layers: readonly MapLayer[];
  kinds: readonly ExerciseKind[];
  onLayersChange: (layers: MapLayer[]) => void;
  onKindsChange: (kinds: ExerciseKind[]) => void;
}

function toggled<T extends string>(all: readonly T[], current: readonly T[], item: T, on: boolean): T[] {
  return all.filter((x) => (x === item ? on : current.includes(x)));
}

export const LayerControls = memo(function LayerControls({ layers, kinds, onLayersChange, onKindsChange }: LayerControlsProps) {
  const { m, t } = useMapText();
  const exercisesOn = layers.includes('exercises');
  return (
    <div className={styles.filters}>
      <div role="group" aria-label={t(m.layers.label)} className={styles.toggleGroup}>
        <span className={styles.groupLabel} aria-hidden="true">
          {t(m.layers.label)}
        </span>
        {ALL_LAYERS.map((layer) => (
          <Toggle
            key={layer}
            variant="button"
            pressed={layers.includes(layer)}
            onPressedChange={(on) => onLayersChange(toggled(ALL_LAYERS, layers, layer, on))}
          >
            {t(m.layers[layer])}
          </Toggle>
        ))}
      </div>
      <div role="group" aria-label={t(m.kinds.label)} className={styles.toggleGroup}>
        <span className={styles.groupLabel} aria-hidden="true">
          {t(m.kinds.label)}
        </span>
        {ALL_KINDS.map((kind) => (
          <Toggle
            key={kind}
            variant="button"
            pressed={kinds.includes(kind)}
            disabled={!exercisesOn}
            icon={<KindSymbolIcon kind={kind} />}
            onPressedChange={(on) => onKindsChange(toggled(ALL_KINDS, kinds, kind, on))}
          >
            {t(m.kinds[kind])}
          </Toggle>
        ))}
      </div>
    </div>
  );
});

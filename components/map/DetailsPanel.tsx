'use client';
/**
 * The details panel beside the map, for the selected event (`sel`) or else the focused state
 * (`focus`). Loaded lazily when something is first selected. Opening it from the keyboard moves
 * focus to its heading; Escape or the close button closes it and returns focus to the map.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { StateStatus } from '@/data/schema';
import { ExerciseDetails, IncidentDetails } from './EventDetails';
import type { SelectSource } from './mapViewProps';
import { MapDataPending } from './MapDataPending';
import { useMapText } from './MapTextContext';
import { yearOf } from './mapModel';
import { StateDetails } from './StateDetails';
import type { MapData } from './types';
import { useMapData } from './useMapData';
import styles from './DetailsPanel.module.css';

export interface DetailsPanelProps {
  year: number;
  sel: string | null;
  focus: string | null;
  statuses: ReadonlyMap<string, StateStatus>;
  /** Incremented when focus should move into the panel. */
  focusRequest: number;
  onClose: () => void;
  onSelectState: (id: string, source: SelectSource) => void;
  onSelectEvent: (id: string, source: SelectSource) => void;
}

export function DetailsPanel(props: DetailsPanelProps) {
  const { data, failed } = useMapData();
  return data ? <DetailsOf data={data} {...props} /> : <MapDataPending failed={failed} />;
}

function DetailsOf({ data, year, sel, focus, statuses, focusRequest, onClose, onSelectEvent }: DetailsPanelProps & { data: MapData }) {
  const { m, t: f, recordLang } = useMapText();
  const t = m.details;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const event = sel ? (data.exercises.find((e) => e.id === sel) ?? data.incidents.find((i) => i.id === sel)) : undefined;
  const state = !event && focus ? data.states.find((s) => s.id === focus) : undefined;
  const key = event?.id ?? state?.id ?? '';

  useEffect(() => {
    if (focusRequest > 0) headingRef.current?.focus();
  }, [focusRequest, key]);

  if (!event && !state) return null;

  const eyebrow = f(event ? (event.type === 'exercise' ? t.eyebrowExercise : t.eyebrowIncident) : t.eyebrowState);

  function onKeyDown(e: KeyboardEvent<HTMLElement>) {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
  }

  return (
    <section className={styles.panel} aria-labelledby="map-details-title" onKeyDown={onKeyDown} data-details={key}>
      <header className={styles.header}>
        <p className={styles.eyebrow}>{eyebrow}</p>
        <h2 id="map-details-title" ref={headingRef} tabIndex={-1} className={styles.title} lang={event ? recordLang : undefined}>
          {event?.name ?? state?.name}
        </h2>
        <button type="button" className={styles.close} onClick={onClose} aria-label={f(t.close)} title={f(t.close)}>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M3 3l10 10M13 3L3 13" />
          </svg>
        </button>
      </header>
      <div className={styles.content}>
        {event && yearOf(event.start) > year && (
          <p className={styles.notShown}>{f(t.notShownYear, { year, start: yearOf(event.start) })}</p>
        )}
        {event?.type === 'exercise' && <ExerciseDetails event={event} names={data.names} />}
        {event?.type === 'incident' && <IncidentDetails event={event} names={data.names} />}
        {state && <StateDetails state={state} data={data} year={year} status={statuses.get(state.id)} onSelectEvent={(id) => onSelectEvent(id, 'keyboard')} />}
      </div>
    </section>
  );
}

export default DetailsPanel;

'use client';
/**
 * The year slider (a native range: arrow keys, Page Up/Down, Home and End work as everywhere)
 * and a Play button that steps through the years to animate the organisation's expansion.
 * Playback is slower under prefers-reduced-motion, and the map then changes without fades.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useMapText } from './MapTextContext';
import { useYearListener, writeAttribute, writeText } from './yearSignal';
import styles from './MapControls.module.css';

const STEP_MS = 900;
const REDUCED_MOTION_STEP_MS = 1600;

export interface YearControlProps {
  year: number;
  min: number;
  max: number;
  /** Read out with the value: "2017: 8 members". */
  valueTextOf: (year: number) => string;
  onYearChange: (year: number, source: 'slider' | 'play') => void;
  playing: boolean;
  onPlayingChange: (playing: boolean) => void;
}

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function YearControl({ year, min, max, valueTextOf, onYearChange, playing, onPlayingChange }: YearControlProps) {
  const { m, t: tf } = useMapText();
  const t = m.year;
  const id = useId();
  // The slider is uncontrolled: a controlled range input has React write its `value` attribute
  // (defaultValue) on every step, about 0.5 ms a step in a CPU profile. The browser moves it on
  // a key or a drag; a year set from elsewhere (Play, the URL, the membership chart) is set here.
  const input = useRef<HTMLInputElement>(null);
  const [initialYear] = useState(year);
  useLayoutEffect(() => {
    const el = input.current;
    if (el && el.value !== String(year)) el.value = String(year);
  }, [year]);
  const playLabel = (shown: number) => (playing ? tf(t.pauseLabel) : tf(t.playLabel, { from: shown >= max ? min : shown, to: max }));
  // A step ahead of React (yearSignal.ts): the words that render from the year, written as rendered.
  const output = useRef<HTMLOutputElement>(null);
  const play = useRef<HTMLButtonElement>(null);
  useYearListener(year, (shown) => {
    writeAttribute(input.current, 'aria-valuenow', String(shown));
    writeAttribute(input.current, 'aria-valuetext', valueTextOf(shown));
    writeAttribute(play.current, 'aria-label', playLabel(shown));
    writeText(output.current, String(shown));
  });

  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(
      () => {
        if (year >= max) onPlayingChange(false);
        else onYearChange(year + 1, 'play');
      },
      prefersReducedMotion() ? REDUCED_MOTION_STEP_MS : STEP_MS,
    );
    return () => clearTimeout(timer);
  }, [playing, year, max, onYearChange, onPlayingChange]);

  function togglePlay() {
    if (playing) {
      onPlayingChange(false);
      return;
    }
    if (year >= max) onYearChange(min, 'play');
    onPlayingChange(true);
  }

  return (
    <div className={styles.year} data-year-dependent="">
      <label htmlFor={id} className={styles.yearLabel}>
        {tf(t.label)}
      </label>
      <button ref={play} type="button" className={styles.playButton} onClick={togglePlay} aria-label={playLabel(year)}>
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
          {playing ? <path d="M3 2h3v10H3zM8 2h3v10H8z" /> : <path d="M3 1.5v11l9-5.5z" />}
        </svg>
        <span aria-hidden="true">{tf(playing ? t.pause : t.play)}</span>
      </button>
      <input
        ref={input}
        id={id}
        type="range"
        className={styles.slider}
        min={min}
        max={max}
        step={1}
        defaultValue={initialYear}
        aria-valuemin={min}
        aria-valuemax={max}
        aria-valuenow={year}
        aria-valuetext={valueTextOf(year)}
        onChange={(e) => {
          const next = Number(e.currentTarget.value);
          if (Number.isInteger(next)) onYearChange(next, 'slider');
        }}
      />
      <output ref={output} htmlFor={id} className={styles.yearValue} aria-hidden="true">
        {year}
      </output>
      <span className={styles.yearTicks} aria-hidden="true">
        <span>{min}</span>
        <span>{max}</span>
      </span>
    </div>
  );
}

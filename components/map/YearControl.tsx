'use client';
/**
 * The year slider (a native range: arrow keys, Page Up/Down, Home and End work as everywhere)
 * and a Play button that steps through the years to animate the organisation's expansion.
 * Playback is slower under prefers-reduced-motion, and the map then changes without fades.
 */
import { useContext, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useMapText } from './MapTextContext';
import { useYearListener, writeAttribute, writeText, YearSignalContext } from './yearSignal';
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

/**
 * Hands each year the slider moves to to `onStep`, from a listener on the slider itself, and
 * keeps its `input` and `change` events from reaching React's listeners on the page's root: with
 * an `onChange` prop, React's event system (its change, select and before-input plugins, walking
 * the component tree for handlers) took about as long per step as the step's own writes (issue
 * #15: the page's own work per step). Nothing else on the page listens to these two events.
 */
export function sliderSteps(el: HTMLInputElement, onStep: (year: number) => void): () => void {
  const onInput = (e: Event) => {
    e.stopPropagation();
    const next = Number(el.value);
    if (Number.isInteger(next)) onStep(next);
  };
  const onChange = (e: Event) => e.stopPropagation();
  el.addEventListener('input', onInput);
  el.addEventListener('change', onChange);
  return () => {
    el.removeEventListener('input', onInput);
    el.removeEventListener('change', onChange);
  };
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
  // It shows the year signal's year (yearSignal.ts: the slider's own step may be ahead of
  // `year` while React renders), written by the listener below and here on every render of a new
  // year (a value the browser restored into the form included).
  const input = useRef<HTMLInputElement>(null);
  const [initialYear] = useState(year);
  const signal = useContext(YearSignalContext);
  useLayoutEffect(() => {
    const el = input.current;
    const shown = String(signal?.get() ?? year);
    if (el && el.value !== shown) el.value = shown;
  }, [year, signal]);
  const playLabel = (shown: number) => (playing ? tf(t.pauseLabel) : tf(t.playLabel, { from: shown >= max ? min : shown, to: max }));
  // A step ahead of React (yearSignal.ts): the words that render from the year, written as rendered.
  const output = useRef<HTMLOutputElement>(null);
  const play = useRef<HTMLButtonElement>(null);
  useYearListener(year, (shown) => {
    const el = input.current;
    if (el && el.value !== String(shown)) el.value = String(shown);
    writeAttribute(el, 'aria-valuenow', String(shown));
    writeAttribute(el, 'aria-valuetext', valueTextOf(shown));
    writeAttribute(play.current, 'aria-label', playLabel(shown));
    writeText(output.current, String(shown));
  });

  // The slider's steps, heard on the slider itself and kept there (see sliderSteps).
  const onStep = useRef(onYearChange);
  useLayoutEffect(() => {
    onStep.current = onYearChange;
  });
  useLayoutEffect(() => (input.current ? sliderSteps(input.current, (next) => onStep.current(next, 'slider')) : undefined), []);

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

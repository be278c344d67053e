'use client';
/**
 * A chart on the dashboard: its embed page (`/embed/<id>/`) in a frame, loaded when it comes near
 * the screen, so the charts cost the dashboard nothing at load (their markup, data and hydration
 * live in their own documents). Without JavaScript the frame is in the page from the start (the
 * browser loads it lazily), with the chart and its table.
 *
 * The frame is sized to its content from the chart's own height reports; charts that mark a year
 * get the map's year (the `year` URL parameter) and a year chosen in them moves the map.
 */
import { useSearchParams } from 'next/navigation';
import { Suspense, useEffect, useRef, useState } from 'react';
import { setSearchParams } from '@/lib/searchParams';
import { YEAR_PARAM, yearFromParam, type YearRange } from '@/components/charts/shared/yearParam';
import type { SiteLocale } from '@/lib/messages/locales';
import { embedPath, parseEmbedMessage, yearMessage } from './embedMessages';
import styles from './EmbeddedChart.module.css';

export interface EmbeddedChartProps {
  id: string;
  /** The page's language: the embed is loaded in it (`/ru/embed/<id>/`). */
  locale: SiteLocale;
  /** The frame's accessible name: the chart's title. */
  title: string;
  /** The chart's own page. */
  href: string;
  /** Height before the chart reports its own (CSS px). */
  initialHeight: number;
  /** Set for charts that mark the map's year. */
  years?: YearRange;
  /** Text of the link shown until the frame loads. */
  openLabel: string;
}

/** Starts loading this far before the frame scrolls into view. */
const NEAR_MARGIN = '600px 0px';

function Frame({ id, locale, title, href, initialHeight, years, openLabel, year }: EmbeddedChartProps & { year: number | undefined }) {
  const box = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const [src, setSrc] = useState<string>();
  const [height, setHeight] = useState(initialHeight);
  const [loaded, setLoaded] = useState(false);
  // The year the chart shows: only sent when it changes, never echoed back.
  const shown = useRef(year);

  // Load once, when near: the first year goes in the address, later ones as messages (changing
  // a frame's address would add an entry to the tab's history).
  useEffect(() => {
    const el = box.current;
    if (!el || src !== undefined) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        io.disconnect();
        shown.current = year;
        setSrc(embedPath(id, year, locale));
      },
      { rootMargin: NEAR_MARGIN },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [id, locale, src, year]);

  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== window.location.origin || e.source !== frame.current?.contentWindow) return;
      const m = parseEmbedMessage(e.data);
      if (!m || m.chart !== id) return;
      if (m.kind === 'height') setHeight(m.height);
      else if (m.kind === 'year' && years && m.year >= years.minYear && m.year <= years.maxYear) {
        shown.current = m.year;
        setSearchParams({ [YEAR_PARAM]: String(m.year) });
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [id, years]);

  useEffect(() => {
    if (!loaded || year === undefined || year === shown.current) return;
    shown.current = year;
    frame.current?.contentWindow?.postMessage(yearMessage(id, year), window.location.origin);
  }, [id, loaded, year]);

  return (
    <div ref={box} className={styles.box} style={{ height }} data-embedded-chart={id}>
      {src === undefined ? (
        <>
          <p className={styles.placeholder}>
            <a href={href}>{title}</a>
            <span className="visually-hidden"> ({openLabel})</span>
          </p>
          <noscript>
            <iframe src={embedPath(id, undefined, locale)} title={title} loading="lazy" className={styles.frame} style={{ height: initialHeight }} />
          </noscript>
        </>
      ) : (
        <iframe ref={frame} src={src} title={title} className={styles.frame} onLoad={() => setLoaded(true)} />
      )}
    </div>
  );
}

function FrameWithYear(props: EmbeddedChartProps & { years: YearRange }) {
  const year = yearFromParam(useSearchParams().get(YEAR_PARAM), props.years);
  return <Frame {...props} year={year} />;
}

export function EmbeddedChart(props: EmbeddedChartProps) {
  const { years } = props;
  if (!years) return <Frame {...props} year={undefined} />;
  return (
    <Suspense fallback={<Frame {...props} year={undefined} />}>
      <FrameWithYear {...props} years={years} />
    </Suspense>
  );
}

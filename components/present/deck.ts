/**
 * A briefing deck as typed data. A slide is a view: the map or a chart plus the query string its
 * page already understands (`year=2017&layers=members`), or one of the deck's own text slides
 * (title, contested figures, sources). A slide may carry the briefer's own title and notes; without
 * them its words are generated from the data (slideText.ts, notes/). Validated with zod like the
 * datasets: the default deck when this module loads (and in deck.test.ts), every decoded URL deck
 * and every stored deck slide by slide (deckCodec.ts). Pure: no React, no browser.
 *
 * With `zod/mini`, zod's tree-shakable form with the same validation core: the briefing pages load
 * this module, and the full `zod` with its error messages in every language was a 390 KB script
 * (~60 KB gzip) evaluated while the deck hydrated. Its checks run in order: `trim` before lengths.
 */
import { array, config, discriminatedUnion, enum as oneOf, literal, maxLength, minLength, optional, regex, strictObject, string, trim, type infer as Infer } from 'zod/mini';
import { CHART_ID, CHART_IDS, type ChartId } from '@/components/charts/chartIds';

export const SLIDE_KIND = {
  title: 'title',
  map: 'map',
  chart: 'chart',
  contested: 'contested',
  sources: 'sources',
} as const;
export type SlideKind = (typeof SLIDE_KIND)[keyof typeof SLIDE_KIND];

/** Limits that keep a deck in a URL and stop a hostile one from growing the page. */
export const DECK_LIMITS = { slides: 60, title: 160, notes: 4000, query: 300 } as const;

/** A view's query: URL parameter characters only, no `?`, `#` or spaces (the map and charts check the values). */
const QUERY_PATTERN = /^[A-Za-z0-9=&,._%-]*$/;

// No compiled validators: the site's Content-Security-Policy refuses `new Function` (data/zod.ts).
config({ jitless: true });

const query = string().check(maxLength(DECK_LIMITS.query), regex(QUERY_PATTERN));
const chartId = oneOf(CHART_IDS as [ChartId, ...ChartId[]]);
/** No control characters except line breaks (notes) in text a reader typed. */
const NO_CONTROL = /^[^\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]*$/;
const override = {
  title: optional(string().check(trim(), minLength(1), maxLength(DECK_LIMITS.title), regex(NO_CONTROL))),
  notes: optional(string().check(maxLength(DECK_LIMITS.notes), regex(NO_CONTROL))),
};

export const slideSchema = discriminatedUnion('kind', [
  strictObject({ kind: literal(SLIDE_KIND.title), ...override }),
  strictObject({ kind: literal(SLIDE_KIND.map), query, ...override }),
  strictObject({ kind: literal(SLIDE_KIND.chart), chart: chartId, query, ...override }),
  strictObject({ kind: literal(SLIDE_KIND.contested), ...override }),
  strictObject({ kind: literal(SLIDE_KIND.sources), ...override }),
]);
export type Slide = Infer<typeof slideSchema>;
export type MapSlide = Extract<Slide, { kind: 'map' }>;
export type ChartSlide = Extract<Slide, { kind: 'chart' }>;

export const deckSchema = array(slideSchema).check(minLength(1), maxLength(DECK_LIMITS.slides));

/** The years the default briefing shows the map at, before the latest. */
export const BRIEFING_MAP_YEARS = [1996, 2001, 2017, 2024] as const;

/**
 * The default briefing, in the order of issue #17: title; the map at 1996, 2001, 2017, 2024 and
 * `latestYear` (each the statuses, exercises and incidents of that year); membership; terrorism
 * 2020; RATS figures; exercises by year; milestones; contested figures; sources.
 */
export function defaultDeck(latestYear: number): Slide[] {
  const years = [...new Set([...BRIEFING_MAP_YEARS.filter((y) => y < latestYear), latestYear])];
  const chart = (id: ChartId): Slide => ({ kind: SLIDE_KIND.chart, chart: id, query: '' });
  return deckSchema.parse([
    { kind: SLIDE_KIND.title },
    ...years.map((year): Slide => ({ kind: SLIDE_KIND.map, query: `year=${year}` })),
    chart(CHART_ID.membership),
    chart(CHART_ID.terrorism2020),
    chart(CHART_ID.ratsFigures),
    chart(CHART_ID.exercisesByYear),
    chart(CHART_ID.milestones),
    { kind: SLIDE_KIND.contested },
    { kind: SLIDE_KIND.sources },
  ]);
}

/** Whether two slides show the same view (their titles and notes aside). */
export function sameView(a: Slide, b: Slide): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === SLIDE_KIND.map && b.kind === SLIDE_KIND.map) return a.query === b.query;
  if (a.kind === SLIDE_KIND.chart && b.kind === SLIDE_KIND.chart) return a.chart === b.chart && a.query === b.query;
  return true;
}

/** The slide's view without the briefer's title and notes. */
export function viewOf(slide: Slide): Slide {
  const view = { ...slide };
  delete view.title;
  delete view.notes;
  return view;
}

/** Whether a deck is the default one, view for view, with no title or notes of its own. */
export function isDefaultDeck(slides: readonly Slide[], defaults: readonly Slide[]): boolean {
  return slides.length === defaults.length && slides.every((s, i) => {
    const d = defaults[i];
    return d !== undefined && sameView(s, d) && s.title === undefined && s.notes === undefined;
  });
}

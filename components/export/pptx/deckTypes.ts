/**
 * What the PowerPoint back-end takes: a deck's slides as plain data (title, notes, source line,
 * as-of date, the figure as a PNG, optionally an editable chart's data). Serialisable, so a server
 * page can build everything but the images; no chart knowledge here (the chart folders' adapters in
 * components/charts/nativeCharts.ts produce `NativeChart`s).
 */

/** A PNG of the figure, rendered at 2× the density of a 1920 × 1080 slide (`slideImage`). */
export interface SlideImage {
  /** The PNG's bytes, or a `data:image/png;base64,…` URL. */
  png: Uint8Array | string;
  widthPx: number;
  heightPx: number;
  /** What a screen reader says for the picture (PowerPoint's alt text); the slide title if absent. */
  alt?: string;
}

export const NATIVE_CHART_KIND = {
  bar: 'bar',
  line: 'line',
  stackedBar: 'stackedBar',
} as const;
export type NativeChartKind = (typeof NATIVE_CHART_KIND)[keyof typeof NATIVE_CHART_KIND];

export interface NativeChartSeries {
  name: string;
  /** One per category; `null` where the series has no value (a gap, not a zero). */
  values: (number | null)[];
  /** `#rrggbb`; PowerPoint's theme colour when absent. */
  color?: string;
}

/** An editable PowerPoint chart: its data travel inside the file (PowerPoint's Edit Data). */
export interface NativeChart {
  kind: NativeChartKind;
  /** The chart's own title (a panel's title when several share a slide). */
  title: string;
  categories: string[];
  series: NativeChartSeries[];
  /** Bars run left to right, categories top to bottom (long category labels). Columns otherwise. */
  horizontal?: boolean;
}

export interface PptxSlide {
  /** The slide's title: a real PowerPoint title (outline view, accessibility, Go to slide). */
  title: string;
  /** Speaker notes, in the notes pane. Paragraphs separated by blank lines. */
  notes: string;
  /** "Source: Su Chang & Li Xinwei (2021); TASS (2020, 2022)"; empty for none. */
  sourceLine: string;
  /** The date the data are current to as the slide words it, in the deck's language ("Data as of 10 March 2026"). */
  asOf: string;
  /** The live view's full URL, printed after the as-of date and linked. */
  link?: string;
  /** The figure: the export's frame without its title and footer (those are text on the slide). */
  image?: SlideImage;
  /**
   * The figure again as editable PowerPoint charts, on an extra slide after this one; several
   * (small multiples: one per measure) share that slide in a grid.
   */
  nativeChart?: NativeChart | readonly NativeChart[];
  /** The editable-chart slide's title and the first paragraph of its notes, in the deck's language
   * ("Members by year (editable chart)"); without them it takes the slide's title alone. */
  editable?: { title: string; note: string };
  /** Paragraphs for a slide without a figure (a title slide's lines, a list of sources). */
  body?: readonly string[];
  /** `title`: the title centred, large, its body lines below (the deck's first slide). */
  layout?: 'title' | 'content';
}

/** The slides' colours: the images' own background, so a dark-theme export sits on a dark slide. */
export interface SlidePalette {
  background: string;
  text: string;
  muted: string;
}

export interface PptxDeckInfo {
  /** The presentation's title (File › Properties). */
  title: string;
  /** The date the deck's data are current to. */
  asOf: string;
  /** The briefing's date, `YYYY-MM-DD`: names the file (`sco-briefing-2026-12-05.pptx`). */
  date: string;
  /** Light (white) slides when absent. */
  palette?: SlidePalette;
  /** The language of the words, as Office names it (`ru-RU`, `zh-CN`): spelling and the East Asian font. */
  lang?: string;
}

export interface PptxProgress {
  /** `slides` while slides are added, `file` while the file is written (zip). */
  phase: 'slides' | 'file';
  /** Slides placed so far (all of them in the `file` phase). */
  done: number;
  /** Slides in the file (deck slides plus the editable-chart slides). */
  total: number;
}

export interface PptxOptions {
  /** Add the editable-chart slides (default true). */
  nativeCharts?: boolean;
}

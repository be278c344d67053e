/**
 * What a PowerPoint back-end needs of each slide of a deck: its title, its speaker notes as text,
 * its source line and as-of date, and the figure to capture — a chart id (the chart's embed or page)
 * or the map's query. The same words the deck shows (slideText.ts), so the .pptx never disagrees
 * with the screen. Pure; the .pptx itself is built elsewhere (see the toolbar's `pptx` slot).
 */
import { asOfLine } from '@/components/frame/frameSpec';
import { SLIDE_KIND, type Slide } from './deck';
import { resolveSlide, slideNotesText, type SlideLibrary } from './slideText';
import { viewChecker } from './viewQuery';

export interface PptxSlideSpec {
  title: string;
  /** Plain text for the notes pane: key figures, contested, sources with links. */
  notes: string;
  /** "Source: Su Chang & Li Xinwei (2021); …". */
  sourceLine: string;
  /** The data date as the slide words it: "Data as of 10 March 2026". */
  asOf: string;
  /** The chart the slide shows (`/embed/<chartId>/` or `/charts/<chartId>/`), if it is a chart slide. */
  chartId?: string;
  /** The map view the slide shows (`/?<mapQuery>`, `/embed/map/?<mapQuery>`), if it is a map slide. */
  mapQuery?: string;
}

/** Each slide of `slides`, in order, as a PowerPoint back-end writes it. */
export function pptxSlides(slides: readonly Slide[], library: SlideLibrary): PptxSlideSpec[] {
  const views = viewChecker(library.views);
  return slides.map((slide) => {
    const resolved = resolveSlide(slide, library, views);
    const { text } = resolved;
    return {
      title: text.title,
      notes: slideNotesText(resolved),
      sourceLine: text.sourceLine,
      asOf: asOfLine(text.asOf),
      ...(slide.kind === SLIDE_KIND.chart ? { chartId: slide.chart } : {}),
      ...(slide.kind === SLIDE_KIND.map ? { mapQuery: views.map(slide.query) } : {}),
    };
  });
}

/**
 * The SlideLibrary the deck pages send their client parts: every slide's words worked out once,
 * at build time, from data/ with the map's and the charts' own modules, in the page's language
 * (one library per locale). Server only.
 */
import { CHART_IDS, type ChartId } from '@/components/charts/chartIds';
import { FIRST_SOURCE_ID, serverContext } from '@/components/charts/shared/serverContext';
import { siteMapData } from '@/components/map/siteMapData.server';
import { DATA_AS_OF } from '@/data/meta';
import { DATASETS } from '@/data/registry';
import { exercises } from '@/data/exercises';
import { incidents } from '@/data/incidents';
import { milestones } from '@/data/milestones';
import { ratsFigures } from '@/data/ratsFigures';
import type { Source } from '@/data/schema';
import { GEONAMES, sources } from '@/data/sources';
import { states } from '@/data/states';
import { terrorismStats } from '@/data/terrorismStats';
import { asOfLine } from '@/components/frame/frameWords';
import { citationsBySource, contestedFigures } from '@/lib/citations';
import type { Locale } from '@/lib/i18n';
import type { SlideLibrary, SlideText } from '../slideText';
import { chartSlideText, type ChartNotesInput } from './chartNotes';
import { mapSlideText } from './mapNotes';
import { contestedSlide, sourcesSlide, titleSlide } from './textSlides';

const cache = new Map<Locale, SlideLibrary>();

/** One full stop where a sentence ends on an abbreviation: "…с 9 июня 2017 г.." → "…2017 г.". */
export function oneFullStop(sentence: string): string {
  return sentence.replace(/\.\.(?=$|[\s;])/g, '.');
}

/** A slide's words with its data date worded in the deck's language ("Данные на 10 марта 2026 г."). */
function dated<T extends Omit<SlideText, 'asOfText'>>(text: T, locale: Locale): T & { asOfText: string } {
  const notes = { ...text.notes, figures: text.notes.figures.map(oneFullStop), contested: text.notes.contested.map(oneFullStop) };
  return { ...text, notes, asOfText: asOfLine(text.asOf, locale) };
}

/** Every slide's words in `locale`: titles, text slides and speaker notes from its catalogue and the data. */
export function slideLibrary(locale: Locale): SlideLibrary {
  const hit = cache.get(locale);
  if (hit) return hit;
  const bibliography: readonly Source[] = sources;
  const data = siteMapData();
  const contested = contestedFigures(DATASETS, locale);
  const input: ChartNotesInput = {
    ctx: serverContext(locale),
    sources: bibliography,
    contested,
    firstSourceId: FIRST_SOURCE_ID,
    states,
    exercises,
    terrorismStats,
    ratsFigures,
    milestones,
    locale,
  };
  const map: Record<number, SlideText> = {};
  for (let year = data.minYear; year <= data.maxYear; year++) map[year] = dated(mapSlideText(data, year, contested, bibliography, locale), locale);
  const chart = Object.fromEntries(CHART_IDS.map((id) => [id, dated(chartSlideText(id, input), locale)])) as Record<ChartId, SlideText>;
  const citationCounts = new Map([...citationsBySource(DATASETS, locale)].map(([id, list]) => [id, list.length]));
  const library: SlideLibrary = {
    views: { minYear: data.minYear, maxYear: data.maxYear, stateIds: data.states.map((s) => s.id), eventIds: [...data.exercises, ...data.incidents].map((e) => e.id) },
    asOf: DATA_AS_OF,
    title: dated(
      titleSlide(
        { states: states.length, exercises: exercises.length, incidents: incidents.length, figures: terrorismStats.length + ratsFigures.length },
        contested.length,
        DATA_AS_OF,
        bibliography,
        locale,
      ),
      locale,
    ),
    map,
    chart,
    contested: dated(contestedSlide(contested, DATA_AS_OF, bibliography, locale), locale),
    sources: dated(sourcesSlide(citationCounts, new Set([GEONAMES]), DATA_AS_OF, bibliography, locale), locale),
  };
  cache.set(locale, library);
  return library;
}

/**
 * The SlideLibrary the deck pages send their client parts: every slide's words worked out once,
 * at build time, from data/ with the map's and the charts' own modules. Server only.
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
import { citationsBySource, contestedFigures } from '@/lib/citations';
import type { SlideLibrary, SlideText } from '../slideText';
import { chartSlideText, type ChartNotesInput } from './chartNotes';
import { mapSlideText } from './mapNotes';
import { contestedSlide, sourcesSlide, titleSlide } from './textSlides';
import type { Locale } from '@/lib/i18n';

let cached: SlideLibrary | undefined;

export function slideLibrary(_locale: Locale): SlideLibrary {
  if (cached) return cached;
  const bibliography: readonly Source[] = sources;
  const data = siteMapData();
  const contested = contestedFigures(DATASETS);
  const input: ChartNotesInput = {
    // English until the briefing takes the page's locale (its own change): the cache holds one library.
    ctx: serverContext('en'),
    sources: bibliography,
    contested,
    firstSourceId: FIRST_SOURCE_ID,
    states,
    exercises,
    terrorismStats,
    ratsFigures,
    milestones,
  };
  const map: Record<number, SlideText> = {};
  for (let year = data.minYear; year <= data.maxYear; year++) map[year] = mapSlideText(data, year, contested, bibliography);
  const chart = Object.fromEntries(CHART_IDS.map((id) => [id, chartSlideText(id, input)])) as Record<ChartId, SlideText>;
  const citationCounts = new Map([...citationsBySource(DATASETS)].map(([id, list]) => [id, list.length]));
  cached = {
    views: { minYear: data.minYear, maxYear: data.maxYear, stateIds: data.states.map((s) => s.id), eventIds: [...data.exercises, ...data.incidents].map((e) => e.id) },
    asOf: DATA_AS_OF,
    title: titleSlide(
      { states: states.length, exercises: exercises.length, incidents: incidents.length, figures: terrorismStats.length + ratsFigures.length },
      contested.length,
      DATA_AS_OF,
      bibliography,
    ),
    map,
    chart,
    contested: contestedSlide(contested, DATA_AS_OF, bibliography),
    sources: sourcesSlide(citationCounts, new Set([GEONAMES]), DATA_AS_OF, bibliography),
  };
  return cached;
}

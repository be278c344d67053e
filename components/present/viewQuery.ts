/**
 * A slide's view query in its canonical form: what the map or the chart page would write to its
 * own address after reading it (unknown parameters dropped, malformed values at their defaults).
 * Used when a view is added to a deck and when a deck is read from a URL or from storage, so the
 * deck, its URL and what the slide shows agree. Pure.
 */
import { YEAR_CHART_IDS, type ChartId } from '@/components/charts/chartIds';
import { YEAR_PARAM, yearFromParam, type YearRange } from '@/components/charts/shared/yearParam';
import { mapViewQuery, parseMapViewState, type MapUrlContext } from '@/components/map/urlState';

/** What checking a view needs: the map's years and ids (plain data, sent to the client). */
export interface ViewContext {
  minYear: number;
  maxYear: number;
  stateIds: readonly string[];
  eventIds: readonly string[];
}

export interface ViewChecker {
  map(query: string): string;
  chart(id: ChartId, query: string): string;
  /** The year a map query shows. */
  mapYear(query: string): number;
  /** The year a chart query marks, if the chart marks one. */
  chartYear(id: ChartId, query: string): number | undefined;
}

export function viewChecker(ctx: ViewContext): ViewChecker {
  const mapCtx: MapUrlContext = {
    minYear: ctx.minYear,
    maxYear: ctx.maxYear,
    defaultYear: ctx.maxYear,
    stateIds: new Set(ctx.stateIds),
    eventIds: new Set(ctx.eventIds),
  };
  const years: YearRange = { minYear: ctx.minYear, maxYear: ctx.maxYear };
  const chartYear = (id: ChartId, query: string): number | undefined => {
    if (!YEAR_CHART_IDS.includes(id)) return undefined;
    const raw = new URLSearchParams(query).get(YEAR_PARAM);
    return raw === null ? undefined : yearFromParam(raw, years);
  };
  return {
    // Commas stay readable, as the map writes them in its own address (layers=a,b; c=70.5,42.1).
    map: (query) => mapViewQuery(parseMapViewState(new URLSearchParams(query), mapCtx)).replace(/%2C/gi, ','),
    mapYear: (query) => parseMapViewState(new URLSearchParams(query), mapCtx).year,
    chartYear,
    chart: (id, query) => {
      const year = chartYear(id, query);
      return year === undefined ? '' : new URLSearchParams({ [YEAR_PARAM]: String(year) }).toString();
    },
  };
}

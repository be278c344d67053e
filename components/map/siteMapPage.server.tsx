/**
 * What a page showing the map explorer starts from, on the server: the summary the explorer is sent
 * (in the page's language) and the static outline of its default year, the latest (with every
 * year's statuses, so a deep link repaints it before the scripts run). Used by the dashboard and
 * the map's embed (views/DashboardView.tsx, views/embed/EmbedMapView.tsx).
 */
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n';
import { summarizeMapData } from './mapData';
import { statusesInYear } from './mapModel';
import { outlineYears } from './outlineYears';
import { siteMapData } from './siteMapData.server';
import { outlineFill, StaticOutline } from './StaticOutline';
import type { StatusKey } from './StatusPatterns';
import type { MapSummary } from './types';

export function siteMapPage(locale: Locale): { summary: MapSummary; outline: ReactNode } {
  const summary = summarizeMapData(siteMapData(), locale);
  const year = summary.maxYear;
  const statuses = statusesInYear(summary.states, year, summary.asOf);
  const statusByNumericId: Record<string, StatusKey> = {};
  for (const s of summary.states) statusByNumericId[s.numericId] = statuses.get(s.id) ?? 'none';
  const years = outlineYears(summary.states, summary, summary.asOf, outlineFill);
  return { summary, outline: <StaticOutline locale={locale} year={year} statusByNumericId={statusByNumericId} years={years} /> };
}

/**
 * The words of the map explorer in one language, compiled for the browser (lib/messages): the
 * map's catalogue slice and the few messages of other slices it shows (the source locator, the
 * terrorism metrics, the export frame). Server pages (views/DashboardView.tsx,
 * views/embed/EmbedMapView.tsx) hand this to MapExplorer; client code imports only its type.
 */
import { messages, type Locale } from '@/lib/i18n';
import { compileMessage, compileMessages } from '@/lib/messages/compile.server';

function compiledFor(locale: Locale) {
  const all = messages(locale);
  return {
    locale,
    map: compileMessages(all.map),
    citationLocator: compileMessage(all.data.sourcesPage.citationLocator),
    terrorismMetric: compileMessages(all.data.terrorismMetric),
    mapFrame: compileMessages(all.export.mapFrame),
    sourceLine: compileMessages({ prefix: all.charts.frame.sourcePrefix, more: all.charts.frame.moreSources }),
  };
}

const compiled = new Map<Locale, ReturnType<typeof compiledFor>>();

/** The map's words in `locale`, compiled once per build. */
export function mapMessages(locale: Locale) {
  let hit = compiled.get(locale);
  if (!hit) {
    hit = compiledFor(locale);
    compiled.set(locale, hit);
  }
  return hit;
}

export type MapMessages = ReturnType<typeof mapMessages>;

/**
 * The deck's own text slides, from the data: the title slide (what the atlas is, how much it
 * holds, how current it is), the contested figures (the first figures whose sources give different
 * numbers, each version with its source) and the sources (those the most figures rest on), in the
 * deck's language (source titles and the claims' own words stay as the data write them). Pure.
 */
import { sourceShortLabel } from '@/components/frame/frameSpec';
import { buildSourceLine } from '@/components/frame/frameWords';
import type { Source } from '@/data/schema';
import type { ContestedFigure } from '@/lib/citations';
import { formatPartialDate } from '@/lib/format';
import { format, messages, type Locale } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import type { ContestedItem, SlideLibrary, SourceItem } from '../slideText';
import { claimWithSource, compareIds, contestedName, contestedNotes, firstNumber, itemList, noteSources, SEED_SOURCE_ID, sourceUrl } from './noteSources';

/** How many items a text slide holds at the deck's type size. */
export const TEXT_SLIDE_ITEMS = 3;
/** The datasets whose contested figures a briefing leads with: the charts' counts, then casualties. */
const CONTESTED_PRIORITY = ['terrorismStats', 'ratsFigures', 'incidents'] as const;

export interface RecordCounts {
  states: number;
  exercises: number;
  incidents: number;
  figures: number;
}

export function titleSlide(counts: RecordCounts, contestedCount: number, asOf: string, sources: readonly Source[], locale: Locale): Omit<SlideLibrary['title'], 'asOfText'> {
  const t = messages(locale).present.titleSlide;
  const facts = format(t.facts, { ...counts }, locale);
  const date = formatPartialDate(asOf, locale);
  return {
    title: t.title,
    subtitle: t.lede,
    sourceLine: buildSourceLine([SEED_SOURCE_ID], sources, { firstId: SEED_SOURCE_ID }, locale),
    asOf,
    content: { eyebrow: t.eyebrow, lede: t.lede, facts, asOfText: format(t.asOf, { date }, locale) },
    notes: {
      figures: [t.noteWhat, format(t.noteCount, { facts, date }, locale), format(t.noteContested, { count: contestedCount }, locale), t.noteHow],
      contested: [],
      sources: noteSources([SEED_SOURCE_ID], sources, locale),
    },
  };
}

type Claims = ContestedFigure['records'][number]['claims'];

/** The claims of one field whose sources give different numbers, and the largest of them; else undefined. */
export function numericDispute(figure: ContestedFigure): { claims: Claims; largest: number } | undefined {
  const byField = new Map<string, Claims>();
  for (const c of figure.records.flatMap((r) => r.claims)) byField.set(c.field, [...(byField.get(c.field) ?? []), c]);
  for (const claims of byField.values()) {
    const numbers = new Set(claims.flatMap((c) => firstNumber(c.value) ?? []));
    if (numbers.size >= 2) return { claims, largest: Math.max(...numbers) };
  }
  return undefined;
}

/**
 * The figures the contested slide leads with: those whose sources give different numbers, taken in
 * turn from the terrorism figures, the RATS figures and the incidents (each in its data order, the
 * incidents largest first), so the slide shows each kind of dispute.
 */
export function leadingDisputes(contested: readonly ContestedFigure[], count: number): { figure: ContestedFigure; claims: Claims }[] {
  const queues = CONTESTED_PRIORITY.map((ds) =>
    contested
      .filter((f) => f.records[0]?.datasetId === ds)
      .flatMap((figure) => {
        const dispute = numericDispute(figure);
        return dispute ? [{ figure, ...dispute }] : [];
      })
      .sort((a, b) => (ds === 'incidents' ? b.largest - a.largest : 0)),
  );
  const out: { figure: ContestedFigure; claims: Claims }[] = [];
  for (let round = 0; out.length < count && queues.some((q) => q.length > round); round++) {
    for (const q of queues) {
      const next = q[round];
      if (next && out.length < count) out.push({ figure: next.figure, claims: next.claims });
    }
  }
  return out;
}

export function contestedSlide(contested: readonly ContestedFigure[], asOf: string, sources: readonly Source[], locale: Locale): Omit<SlideLibrary['contested'], 'asOfText'> {
  const t = messages(locale).present.contestedSlide;
  const picked = leadingDisputes(contested, TEXT_SLIDE_ITEMS).map(({ figure, claims }) => {
    const name = contestedName(figure);
    const versions = [...new Set(claims.map((c) => claimWithSource(c, sources, locale)))];
    const line = format(messages(locale).present.map.contestedItem, { figure: name, claims: itemList(versions, locale) }, locale);
    return { figure, item: { figure: name, claims: versions, line } satisfies ContestedItem };
  });
  const more = format(t.more, { count: contested.length - picked.length, url: paths.contested({ locale }) }, locale);
  return {
    title: t.title,
    subtitle: t.subtitle,
    sourceLine: t.sourceLine,
    asOf,
    items: picked.map((p) => p.item),
    more,
    notes: {
      figures: [t.subtitle],
      contested: [...contestedNotes(picked.map((p) => p.figure), sources, locale), more],
      sources: noteSources(picked.flatMap((p) => p.figure.records.flatMap((r) => r.claims.map((c) => c.source.sourceId))), sources, locale),
    },
  };
}

export function sourcesSlide(
  citationCounts: ReadonlyMap<string, number>,
  excluded: ReadonlySet<string>,
  asOf: string,
  sources: readonly Source[],
  locale: Locale,
): Omit<SlideLibrary['sources'], 'asOfText'> {
  const t = messages(locale).present.sourcesSlide;
  const byId = new Map(sources.map((s) => [s.id, s]));
  const top = [...citationCounts.entries()]
    .filter(([id]) => byId.has(id) && !excluded.has(id))
    .sort(([a, x], [b, y]) => Number(b === SEED_SOURCE_ID) - Number(a === SEED_SOURCE_ID) || y - x || compareIds(a, b))
    .slice(0, TEXT_SLIDE_ITEMS + 2);
  const items: SourceItem[] = top.flatMap(([id, count]) => {
    const source = byId.get(id);
    if (!source) return [];
    const label = sourceShortLabel(id, sources);
    return [{ label, url: sourceUrl(source, locale), text: format(t.item, { label, title: source.title, count }, locale) }];
  });
  const more = format(t.total, { count: sources.length, url: paths.sources({ locale }) }, locale);
  return {
    title: t.title,
    subtitle: t.subtitle,
    sourceLine: t.sourceLine,
    asOf,
    items,
    more,
    notes: { figures: [t.subtitle, ...items.map((i) => i.text), more], contested: [], sources: items.map(({ label, url }) => ({ label, url })) },
  };
}

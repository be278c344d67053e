/**
 * What notes and text slides cite: sources as short citations with a link, and contested figures
 * with every version and who gives it, in the deck's language (the claims' values, record names and
 * source titles stay as the data write them). Pure: takes the bibliography and the contested figures.
 */
import { sourceShortLabel } from '@/components/frame/frameSpec';
import type { Claim, Source } from '@/data/schema';
import type { ContestedFigure } from '@/lib/citations';
import { format, messages, type Locale } from '@/lib/i18n';
import { LOCALE_TAGS } from '@/lib/messages/locales';
import { paths } from '@/lib/paths';
import type { NoteSource } from '../slideText';
import { compareIds } from '@/lib/compareIds';

type SourceRow = Pick<Source, 'id' | 'publisher' | 'authors' | 'date' | 'url' | 'doi' | 'title'>;

/** Ties broken by id (code points: ids are ASCII, and the order is the same in every language). */
export { compareIds };

/** The article the atlas started from: cited first wherever it is cited. */
export const SEED_SOURCE_ID = 'seed';
/** How many sources a slide's notes list (the rest are on /sources/). */
export const NOTE_SOURCES_MAX = 6;
/** How many publishers a slide's own source line names before "and N more". */
export const SLIDE_SOURCE_LINE_MAX = 4;

/** Where a source is read: its own page, its DOI, else its entry in the bibliography (in the deck's language). */
export function sourceUrl(source: Pick<Source, 'id' | 'url' | 'doi'>, locale: Locale): string {
  return source.url ?? (source.doi === undefined ? paths.sources({ locale, hash: source.id }) : `https://doi.org/${source.doi}`);
}

/** Items that hold commas of their own, one after the other: "a, b; c" (a message, so Chinese uses "；"). */
export function itemList(items: readonly string[], locale: Locale): string {
  return items.join(messages(locale).present.map.itemSeparator);
}

/** "A, B and C" in the deck's language. */
export function nameList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(LOCALE_TAGS[locale], { type: 'conjunction' }).format(items);
}

/**
 * The sources `ids` name (repeats count as weight), the article first, then the most cited, each
 * short label once, at most `max`.
 */
export function noteSources(ids: Iterable<string>, sources: readonly SourceRow[], locale: Locale, max = NOTE_SOURCES_MAX): NoteSource[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const weight = new Map<string, number>();
  for (const id of ids) if (byId.has(id)) weight.set(id, (weight.get(id) ?? 0) + 1);
  const ranked = [...weight.entries()].sort(([a, wa], [b, wb]) => Number(b === SEED_SOURCE_ID) - Number(a === SEED_SOURCE_ID) || wb - wa || compareIds(a, b));
  const out: NoteSource[] = [];
  const labels = new Set<string>();
  for (const [id] of ranked) {
    const source = byId.get(id);
    if (!source) continue;
    const label = sourceShortLabel(id, sources);
    if (labels.has(label)) continue;
    labels.add(label);
    out.push({ label, url: sourceUrl(source, locale) });
    if (out.length >= max) break;
  }
  return out;
}

/** "44 (Vesti (2021))": one version of a figure and who gives it. */
export function claimWithSource(claim: Claim, sources: readonly SourceRow[], locale: Locale): string {
  const t = messages(locale).present.map;
  const value = claim.field === 'value' ? claim.value : format(t.claimField, { field: claim.field, value: claim.value }, locale);
  return format(t.claim, { value, source: sourceShortLabel(claim.source.sourceId, sources) }, locale);
}

/** A contested figure's name, as /sources/contested/ heads it: "Iran · Member from 2023-07-04". */
export function contestedName(figure: ContestedFigure): string {
  const [first] = figure.records;
  if (!first) return figure.id;
  return first.detail ? `${first.recordName} · ${first.detail}` : first.recordName;
}

/** Each distinct version of a contested figure, with its source. */
export function contestedClaims(figure: ContestedFigure, sources: readonly SourceRow[], locale: Locale): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const claim of figure.records.flatMap((r) => r.claims)) {
    const key = `${claim.field}|${claim.value}|${claim.source.sourceId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(claimWithSource(claim, sources, locale));
  }
  return out;
}

/** "Russia, Terrorist attacks prevented, 2020: 41 (…); 44 (…)." for the notes. */
export function contestedNote(figure: ContestedFigure, sources: readonly SourceRow[], locale: Locale): string {
  return format(messages(locale).present.map.contestedItem, { figure: contestedName(figure), claims: itemList(contestedClaims(figure, sources, locale), locale) }, locale);
}

/**
 * The notes for several contested figures; figures with the very same versions (the five founders'
 * Shanghai Five dates) are one note naming them all.
 */
export function contestedNotes(figures: readonly ContestedFigure[], sources: readonly SourceRow[], locale: Locale): string[] {
  const groups = new Map<string, { names: string[]; detail?: string; claims: string[] }>();
  for (const figure of figures) {
    const claims = contestedClaims(figure, sources, locale);
    const first = figure.records[0];
    const key = `${first?.detail ?? ''}|${claims.join('|')}`;
    const group = groups.get(key) ?? { names: [], ...(first?.detail ? { detail: first.detail } : {}), claims };
    group.names.push(first?.recordName ?? figure.id);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => {
    const names = nameList(g.names, locale);
    return format(messages(locale).present.map.contestedItem, { figure: g.detail ? `${names} · ${g.detail}` : names, claims: itemList(g.claims, locale) }, locale);
  });
}

/** The first number a claim states ("more than 45,000 persons" → 45000), if any. */
export function firstNumber(text: string): number | undefined {
  const m = /\d[\d,]*/.exec(text);
  if (!m) return undefined;
  const n = Number(m[0].replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

/** The contested figures of the given dataset whose records are among `recordIds`. */
export function contestedAbout(figures: readonly ContestedFigure[], datasetId: string, recordIds: ReadonlySet<string>): ContestedFigure[] {
  return figures.filter((f) => f.records.some((r) => r.datasetId === datasetId && recordIds.has(r.recordId)));
}

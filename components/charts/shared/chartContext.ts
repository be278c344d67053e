/**
 * What every chart's state module needs besides its own records: the bibliography (to name
 * sources), readable country names and the data date. Built once on the server (`serverContext`).
 */
import type { Claim, Source } from '@/data/schema';
import { sourceShortLabel } from '@/components/frame/frameSpec';
import { LOCALE_TAGS, type SiteLocale } from '@/lib/messages/locales';

export interface ChartContext {
  /** The page's language: every word the state modules write is in it. */
  locale: SiteLocale;
  sources: readonly Pick<Source, 'id' | 'publisher' | 'authors' | 'date' | 'url' | 'title'>[];
  /** ISO3 → name in the page's language ("RUS" → "Russia", "Россия"); codes without a name show as the code. */
  countryNames: Readonly<Record<string, string>>;
  /** `DATA_AS_OF`: the date the data are current to. */
  asOf: string;
}

export function countryName(ctx: ChartContext, iso3: string): string {
  return ctx.countryNames[iso3] ?? iso3;
}

/** "TASS (2021); Su Chang & Li Xinwei (2021)" for a list of source ids: each name once, even
 * where two sources of one publisher and year read alike. */
export function sourceNames(ctx: ChartContext, ids: readonly string[]): string {
  return [...new Set([...new Set(ids)].map((id) => sourceShortLabel(id, ctx.sources)))].join('; ');
}

/**
 * The figure a claim states when it is only a figure ("44", "more than 4,500", "41 (committee
 * statement of 8 December 2020)"); undefined when words say what it counts ("4 terrorist acts
 * prevented"): then it frames the count differently and is no second value of the same thing.
 */
export function bareNumber(text: string): number | undefined {
  const m = /^\s*(?:(?:more than|over|about|some|nearly|at least|up to)\s+)?(\d[\d,]*)\s*(?:\([^()]*\))?\s*$/i.exec(text);
  if (!m?.[1]) return undefined;
  const n = Number(m[1].replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

/** A claim's value as a reader sees it: the value for the value field, "field: value" otherwise. */
export function claimText(claim: Claim): string {
  return claim.field === 'value' ? claim.value : `${claim.field}: ${claim.value}`;
}

/** Lower-cases the first letter: "Terrorist attacks prevented" inside a sentence. */
export function inSentence(label: string, locale: SiteLocale): string {
  return label.charAt(0).toLocaleLowerCase(LOCALE_TAGS[locale]) + label.slice(1);
}

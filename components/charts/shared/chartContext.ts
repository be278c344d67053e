/**
 * What every chart's state module needs besides its own records: the bibliography (to name
 * sources), readable country names and the data date. Built once on the server (`serverContext`).
 */
import type { Claim, Source } from '@/data/schema';
import { sourceShortLabel } from '@/components/frame/frameSpec';

export interface ChartContext {
  sources: readonly Pick<Source, 'id' | 'publisher' | 'date' | 'url' | 'title'>[];
  /** ISO3 → name ("RUS" → "Russia"); codes without a name show as the code. */
  countryNames: Readonly<Record<string, string>>;
  /** `DATA_AS_OF`: the date the data are current to. */
  asOf: string;
}

export function countryName(ctx: ChartContext, iso3: string): string {
  return ctx.countryNames[iso3] ?? iso3;
}

/** "TASS (2021); Su Chang & Li Xinwei (2021)" for a list of source ids, each once. */
export function sourceNames(ctx: ChartContext, ids: readonly string[]): string {
  return [...new Set(ids)].map((id) => sourceShortLabel(id, ctx.sources)).join('; ');
}

/** The first number a claim's text states ("44", "about 4,500 radicals" → 4500), if any. */
export function leadingNumber(text: string): number | undefined {
  const m = /(\d[\d,\s]*\d|\d)/.exec(text);
  if (!m?.[1]) return undefined;
  const n = Number(m[1].replace(/[,\s]/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

/** A claim's value as a reader sees it: "44" for the value field, "metric: 4 terrorist acts" otherwise. */
export function claimText(claim: Claim): string {
  return claim.field === 'value' ? claim.value : `${claim.field}: ${claim.value}`;
}

/** Lower-cases the first letter: "Terrorist attacks prevented" inside a sentence. */
export function inSentence(label: string): string {
  return label.charAt(0).toLocaleLowerCase('en') + label.slice(1);
}

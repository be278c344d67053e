/**
 * What every dataset table is built with: the locale, its words (locales/<locale>/data.ts) and the
 * helpers that turn columns, provenance and dates into cells. Server and build only (it holds the
 * catalogue); the tables themselves are plain data.
 */
import { format, messages, type Locale } from '../i18n';
import { dateInWords as inWords } from '../dateInWords';
import { stateName } from '../messages/stateNames';
import { citedSourceIds, claimsCell, joinList, type Cell, type CellWords, type ColumnType, type TableColumn } from '../tableCells';

/** A dataset as a flat table: one row per record, each cell readable on its own. */
export interface DatasetTable {
  columns: TableColumn[];
  rows: Record<string, Cell>[];
}

export type DataWords = ReturnType<typeof messages>['data'];
export type ColumnKey = keyof DataWords['columns'];

export interface TableContext extends CellWords {
  locale: Locale;
  words: DataWords;
}

/** The context of the tables in `locale`. */
export function tableContext(locale: Locale): TableContext {
  const words = messages(locale).data;
  return {
    locale,
    words,
    cells: words.cells,
    coordPrecision: words.coordPrecision,
    format: (message, values) => format(message, values, locale),
  };
}

/**
 * Columns whose cells are the records' own text (names, titles, summaries, notes, places, source
 * wording): written in the data's language, marked as such on a page in another.
 */
const RECORD_TEXT = new Set<ColumnKey>([
  'name',
  'title',
  'publisher',
  'authors',
  'description',
  'capital',
  'capitalBasis',
  'locations',
  'basis',
  'place',
  'casualties',
  'counts',
  'valueText',
  'speaker',
  'summary',
  'period',
  'claims',
  'note',
]);

export function columns(ctx: TableContext, spec: readonly (readonly [ColumnKey, ColumnType?])[]): TableColumn[] {
  return spec.map(([key, type]) => ({
    key,
    label: ctx.words.columns[key],
    type: type ?? 'text',
    ...(RECORD_TEXT.has(key) && { recordText: true }),
  }));
}

/** Fields every sourced record ends with. */
export const PROVENANCE = [['confidence'], ['sources', 'sourceIds'], ['claims'], ['note']] as const;

export function provenance(
  ctx: TableContext,
  r: {
    confidence: keyof DataWords['confidence'];
    claims?: Parameters<typeof claimsCell>[0];
    note?: string | undefined;
  },
): Record<string, Cell> {
  return {
    confidence: ctx.words.confidence[r.confidence],
    sources: joinList(citedSourceIds(r)),
    claims: claimsCell(r.claims, ctx),
    note: r.note ?? '',
  };
}

/**
 * A date inside a cell's words ("Member from 2017-06-09"; lib/dateInWords.ts). Date columns keep
 * the ISO value in every language (it is what they sort by and what the CSV holds); the page shows
 * them in the reader's language (views/data/datasetCells.tsx).
 */
export function dateInWords(ctx: TableContext, date: string): string {
  return inWords(date, ctx.locale);
}

/** A state's name in the table's language, from the datasets' English name. */
export function stateNameIn(ctx: TableContext, iso3: string, english: string): string {
  return stateName(iso3, english, ctx.locale);
}

/**
 * Readable cells for the dataset tables and their CSV/JSON downloads: source ids, claims,
 * counts with qualifiers and coordinates, each flattened to a string or number.
 *
 * Pure and catalogue-free: the words come in as arguments (from locales/<locale>/data.ts, passed
 * by the server), so the chart modules that use `citedSourceIds` in the browser bring no catalogue.
 */
import type { Claim, Coordinates, CoordPrecision, Count, Location } from '@/data/schema';
import { formatCount } from './format';
import type { SiteLocale } from './messages/locales';

export type Cell = string | number;

/** How a column's cells read and sort: the /data page links `sourceIds` and `url` cells. */
export type ColumnType = 'text' | 'number' | 'date' | 'sourceIds' | 'url';

export interface TableColumn {
  key: string;
  label: string;
  type: ColumnType;
  /**
   * The cells are record text as the data writes it (names, summaries, notes, titles, quotes),
   * not the atlas's words: a page in another language marks them with their language.
   */
  recordText?: boolean;
}

/** The words the cells are made of: locales/<locale>/data.ts `cells` and `coordPrecision`. */
export interface CellWords {
  locale: SiteLocale;
  cells: { yes: string; no: string; countWithSource: string; claim: string };
  coordPrecision: Readonly<Record<CoordPrecision, string>>;
  /** Fills an ICU message in the locale (lib/i18n's `format`, given by the server: this module
   * stays free of the ICU parser). */
  format: (message: string, values: Readonly<Record<string, string | number>>) => string;
}

export const LIST_SEPARATOR = '; ';

export function joinList(values: readonly (string | number)[]): string {
  return values.join(LIST_SEPARATOR);
}

export function splitList(cell: Cell): string[] {
  return typeof cell === 'number' ? [String(cell)] : cell.split(LIST_SEPARATOR).filter((s) => s !== '');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** Every source id a record cites anywhere (its own `sources` first), each once, in order. */
export function citedSourceIds(record: unknown): string[] {
  const ids: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v);
    } else if (isObject(value)) {
      if (typeof value.sourceId === 'string' && !ids.includes(value.sourceId)) ids.push(value.sourceId);
      for (const v of Object.values(value)) visit(v);
    }
  };
  if (isObject(record) && Array.isArray(record.sources)) visit(record.sources);
  visit(record);
  return ids;
}

/** "value: 45,000 (seed)": each claim with its source. */
export function claimsCell(claims: readonly Claim[] | undefined, words: CellWords): string {
  return joinList((claims ?? []).map((c) => words.format(words.cells.claim, { field: c.field, value: c.value, source: c.source.sourceId })));
}

/** "more than 10,000 (seed); 12,000 (news-id)": each source's count with its source. */
export function countsCell(counts: readonly (Count | undefined)[], words: CellWords): string {
  return joinList(
    counts
      .filter((c): c is Count => c !== undefined)
      .map((c) => words.format(words.cells.countWithSource, { count: formatCount(c.value, c.qualifier, c.max, words.locale), source: c.source.sourceId })),
  );
}

/** Coordinates as four cells. With several points, each cell lists them in the same order. */
export function coordinateCells(
  coords: readonly Coordinates[],
  words: CellWords,
): {
  lat: Cell;
  lon: Cell;
  precision: string;
  basis: string;
} {
  const precision = words.coordPrecision;
  const [only] = coords;
  if (coords.length === 1 && only) {
    return { lat: only.lat, lon: only.lon, precision: precision[only.precision], basis: only.basis };
  }
  return {
    lat: joinList(coords.map((c) => c.lat)),
    lon: joinList(coords.map((c) => c.lon)),
    precision: joinList(coords.map((c) => precision[c.precision])),
    basis: joinList(coords.map((c) => c.basis)),
  };
}

/** "Chebarkul (exercise area)". */
export function locationName(l: Location): string {
  return l.role === undefined ? l.name : `${l.name} (${l.role})`;
}

export function yesNo(value: boolean, words: CellWords): string {
  return value ? words.cells.yes : words.cells.no;
}

/**
 * What /sources loads when a reader opens a source's citations (public/data/citations.json, written
 * by scripts/emit-citations.ts): for each source, the figures citing it, grouped by dataset. Pure.
 */
import type { DatasetId } from '@/data/registry';
import type { Citation } from './citations';
import type { SiteLocale } from './messages/locales';
import { paths } from './paths';

/** The citations of one source from one dataset, in record order. */
export interface CitationGroup {
  datasetId: DatasetId;
  citations: Citation[];
}

/** A source's citations grouped by dataset, datasets in the order they first cite it. */
export function groupByDataset(citations: readonly Citation[]): CitationGroup[] {
  const groups = new Map<DatasetId, Citation[]>();
  for (const c of citations) {
    const list = groups.get(c.datasetId);
    if (list) list.push(c);
    else groups.set(c.datasetId, [c]);
  }
  return [...groups].map(([datasetId, list]) => ({ datasetId, citations: list }));
}

/** One figure citing a source, as /sources lists it when a reader opens the source's citations. */
export interface CitingFigure {
  /** Where the record's row is: `paths.record(datasetId, recordId)`. */
  href: string;
  /** The record as a reader recognises it. */
  name: string;
  /** The field in words ("Troops", "the record"). */
  field: string;
  detail?: string;
  quote?: string;
  locator?: string;
}

/** The figures of one dataset citing a source. */
export interface CitingDataset {
  datasetId: DatasetId;
  figures: CitingFigure[];
}

/**
 * The file the build writes for /sources (public/data/citations.json): for each source id, the
 * figures citing it grouped by dataset. The page shows counts; the lists load when opened.
 */
export type CitationsFile = Record<string, CitingDataset[]>;

/** The content of public/data/citations.json (or <locale>/citations.json), from `citationsBySource` in that locale. */
export function citationsFile(bySource: ReadonlyMap<string, readonly Citation[]>, locale: SiteLocale): CitationsFile {
  const file: CitationsFile = {};
  for (const [sourceId, citations] of bySource) {
    file[sourceId] = groupByDataset(citations).map(({ datasetId, citations: list }) => ({
      datasetId,
      figures: list.map((c) => ({
        href: paths.record(c.datasetId, c.recordId, { locale }),
        name: c.recordName,
        field: c.fieldLabel,
        ...(c.detail !== undefined && { detail: c.detail }),
        ...(c.quote !== undefined && { quote: c.quote }),
        ...(c.locator !== undefined && { locator: c.locator }),
      })),
    }));
  }
  return file;
}

/**
 * The figures citing each source, as the build writes them (scripts/emit-citations.ts, one file per
 * language at `files.citations(locale)`) and the /sources page loads them when a reader opens a source's citations. Checked at this boundary:
 * a group or figure that does not have the expected shape is dropped, never trusted.
 * Imports only types, so the browser gets no dataset or locale code from here.
 */
import type { DatasetId } from '@/data/registry';
import type { CitationsFile, CitingDataset, CitingFigure } from '@/lib/citationsFile';

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function optionalString(v: unknown): boolean {
  return v === undefined || typeof v === 'string';
}

function isCitingFigure(v: unknown): v is CitingFigure {
  return (
    isObj(v) &&
    typeof v.href === 'string' &&
    typeof v.name === 'string' &&
    typeof v.field === 'string' &&
    optionalString(v.detail) &&
    optionalString(v.quote) &&
    optionalString(v.locator)
  );
}

/**
 * The file's groups whose dataset `isDataset` knows, with the figures that have the expected
 * shape; `undefined` when the value is not a map of source ids to groups at all.
 */
export function parseCitationsFile(value: unknown, isDataset: (id: string) => id is DatasetId): CitationsFile | undefined {
  if (!isObj(value)) return undefined;
  const file: CitationsFile = {};
  for (const [sourceId, groups] of Object.entries(value)) {
    if (!Array.isArray(groups)) return undefined;
    file[sourceId] = groups.flatMap((g): CitingDataset[] => {
      if (!isObj(g) || typeof g.datasetId !== 'string' || !isDataset(g.datasetId) || !Array.isArray(g.figures)) return [];
      return [{ datasetId: g.datasetId, figures: g.figures.filter(isCitingFigure) }];
    });
  }
  return file;
}

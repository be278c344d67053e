import { describe, expect, it } from 'vitest';
import type { DatasetId } from '@/data/registry';
import { parseCitationsFile } from './citationsFile';

const known = new Set(['states', 'exercises']);
const isDataset = (id: string): id is DatasetId => known.has(id);
const figure = { href: '/data/states/#states-IND', name: 'India', field: 'Capital', locator: 'India' };

describe('parseCitationsFile', () => {
  it('keeps well-formed groups and figures', () => {
    const file = { seed: [{ datasetId: 'states', figures: [figure] }] };
    expect(parseCitationsFile(file, isDataset)).toEqual(file);
  });
  it('drops figures and groups that do not have the expected shape', () => {
    const file = {
      seed: [
        { datasetId: 'states', figures: [figure, { href: 1, name: 'x', field: 'y' }, { ...figure, quote: 5 }] },
        { datasetId: 'nowhere', figures: [figure] },
        { datasetId: 'exercises' },
      ],
    };
    expect(parseCitationsFile(file, isDataset)).toEqual({ seed: [{ datasetId: 'states', figures: [figure] }] });
  });
  it('rejects what is not a map of source ids to groups', () => {
    expect(parseCitationsFile([], isDataset)).toBeUndefined();
    expect(parseCitationsFile(null, isDataset)).toBeUndefined();
    expect(parseCitationsFile({ seed: 'x' }, isDataset)).toBeUndefined();
  });
});

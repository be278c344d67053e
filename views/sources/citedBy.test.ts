import { describe, expect, it } from 'vitest';
import type { DatasetId } from '@/data/registry';
import { data } from '@/locales/en/data';
import { citedBySummary } from './citedBy';

const datasets = data.datasets as Record<DatasetId, { title: string }>;
const summary = (counts: Parameters<typeof citedBySummary>[0]) => citedBySummary(counts, data.sourcesPage, datasets);

describe('citedBySummary', () => {
  it('names the one dataset whose figures cite the source', () => {
    expect(summary({ exercises: 1 })).toBe('Cited by 1 figure in Joint exercises');
    expect(summary({ states: 2 })).toBe('Cited by 2 figures in States');
  });
  it('counts the figures of each dataset when several cite it, in the order given', () => {
    expect(summary({ states: 3, milestones: 1 })).toBe('Cited by 4 figures: 3 in States, 1 in Milestones');
  });
  it('says so when nothing cites it', () => {
    expect(summary({})).toBe('No figure cites this source yet.');
  });
});

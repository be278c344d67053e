/**
 * Every sentence we quote from the seed article is in it word for word, and no summary of ours
 * copies its wording. Needs the article's text (data/testing/seedArticle.ts); skips without it.
 */
import { describe, expect, it } from 'vitest';
import { milestones } from './milestones';
import { DATASETS } from './registry';
import type { SourceRef } from './schema';
import { SEED } from './sources';
import { collapse, seedArticleText } from './testing/seedArticle';

const article = seedArticleText();

/** Every source reference anywhere in a record, however deeply nested. */
function refsIn(value: unknown, out: SourceRef[] = []): SourceRef[] {
  if (Array.isArray(value)) {
    for (const v of value) refsIn(v, out);
  } else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.sourceId === 'string') out.push(o as unknown as SourceRef);
    for (const v of Object.values(o)) refsIn(v, out);
  }
  return out;
}

const seedRefs = DATASETS.flatMap((d) =>
  d.rows.flatMap((row) =>
    refsIn(row)
      .filter((r) => r.sourceId === SEED)
      .map((r) => ({ file: d.file, id: (row as { id?: string }).id ?? '?', ref: r })),
  ),
);

describe('quotes from the seed article', () => {
  it('are cited from every dataset that rests on it, each with its words', () => {
    const files = new Set(seedRefs.map((r) => r.file));
    for (const f of ['data/states.ts', 'data/exercises', 'data/incidents', 'data/terrorismStats.ts', 'data/ratsFigures.ts', 'data/milestones.ts']) {
      expect([...files].some((x) => x.startsWith(f)), f).toBe(true);
    }
    for (const { id, ref } of seedRefs) expect(ref.quote, id).toBeDefined();
  });

  describe.skipIf(article === null)('against the article’s full text', () => {
    it('are its own sentences, word for word', () => {
      for (const { file, id, ref } of seedRefs) {
        expect(article?.includes(collapse(ref.quote ?? '')), `${file} › ${id}: “${ref.quote}” is not in the article`).toBe(true);
      }
    });

    it('never turn up in a milestone summary: no run of eight words copied from the article', () => {
      const text = (article ?? '').toLowerCase();
      for (const m of milestones) {
        const words = collapse(m.summary).toLowerCase().split(' ');
        for (let i = 0; i + 8 <= words.length; i++) {
          const run = words.slice(i, i + 8).join(' ');
          expect(text.includes(run), `${m.id}: “${run}” is the article’s wording`).toBe(false);
        }
      }
    });
  });
});

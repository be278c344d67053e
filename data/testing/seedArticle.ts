/**
 * The full text of the seed article, for the tests that check our quotes against it.
 *
 * The article is not ours to ship, so it is not in the repository: point `SCO_SEED_ARTICLE` at a
 * plain-text copy of it (the team's machines and CI keep one beside the repository, and `.ci/run`
 * sets the variable when it is there). Without it those tests skip, and `vitest.setup.ts` prints
 * one line saying so.
 */
import { existsSync, readFileSync } from 'node:fs';

export const SEED_ARTICLE_ENV = 'SCO_SEED_ARTICLE';

/** Whitespace runs collapsed to one space, so line breaks in the article do not matter. */
export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

let cached: string | null | undefined;

/** The article's text with whitespace collapsed, or null when no copy is configured. */
export function seedArticleText(): string | null {
  if (cached !== undefined) return cached;
  const path = process.env[SEED_ARTICLE_ENV];
  cached = path && existsSync(path) ? collapse(readFileSync(path, 'utf8')) : null;
  return cached;
}

/** Why the article checks did not run, or null when they do. */
export function seedArticleSkipReason(): string | null {
  if (seedArticleText() !== null) return null;
  const path = process.env[SEED_ARTICLE_ENV];
  return path
    ? `Seed-article checks skipped: ${SEED_ARTICLE_ENV}=${path} is not a readable file.`
    : `Seed-article checks skipped: set ${SEED_ARTICLE_ENV} to a plain-text copy of the article to check our quotes against the article's full text.`;
}

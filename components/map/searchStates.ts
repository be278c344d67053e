/**
 * Matching for "Find a state": by ISO code (alpha-3 or alpha-2, exact code first) or by name
 * (the data's, or another a reader types: Türkiye or Turkey, Burma, UAE, PRC, the Russian or
 * Chinese name), ignoring case and accents, best matches first: exact code, then names that
 * start with the query, then names with a word that starts with it, then names that contain it;
 * ties in the page's collation (`compare`). A state's `name` is the page's language's; its
 * aliases hold its English name on a Russian or Chinese page (summarizeMapData).
 */
export interface SearchableState {
  id: string;
  name: string;
  /** Other names and codes it is found by (stateAliases.ts). */
  aliases?: readonly string[];
}

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

function rankName(name: string, q: string): number | undefined {
  if (name === q) return 0;
  if (name.startsWith(q)) return 1;
  if (name.split(/[\s\-–()]+/).some((w) => w.startsWith(q))) return 2;
  if (q.length >= 3 && name.includes(q)) return 4;
  return undefined;
}

function rank(state: SearchableState, q: string): number | undefined {
  const code = state.id.toLowerCase();
  if (code === q) return 0;
  const ranks = [state.name, ...(state.aliases ?? [])].map((n) => rankName(fold(n), q)).filter((r) => r !== undefined);
  if (q.length >= 2 && code.startsWith(q)) ranks.push(3);
  return ranks.length > 0 ? Math.min(...ranks) : undefined;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function searchStates(states: readonly SearchableState[], query: string, limit = 8, compare: (a: string, b: string) => number = byCodeUnits): SearchableState[] {
  const q = fold(query);
  if (q === '') return [];
  return states
    .flatMap((s) => {
      const r = rank(s, q);
      return r === undefined ? [] : [{ s, r }];
    })
    .sort((a, b) => a.r - b.r || compare(a.s.name, b.s.name))
    .slice(0, limit)
    .map(({ s }) => s);
}

/**
 * Matching for "Find a state": by ISO alpha-3 code (exact code first) or by name, ignoring
 * case and accents, best matches first: exact code, then names that start with the query,
 * then names with a word that starts with it, then names that contain it.
 */
export interface SearchableState {
  id: string;
  name: string;
}

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

function rank(state: SearchableState, q: string): number | undefined {
  const name = fold(state.name);
  const code = state.id.toLowerCase();
  if (code === q) return 0;
  if (name.startsWith(q)) return 1;
  if (name.split(/[\s\-–()]+/).some((w) => w.startsWith(q))) return 2;
  if (q.length >= 2 && code.startsWith(q)) return 3;
  if (q.length >= 3 && name.includes(q)) return 4;
  return undefined;
}

export function searchStates(states: readonly SearchableState[], query: string, limit = 8): SearchableState[] {
  const q = fold(query);
  if (q === '') return [];
  return states
    .flatMap((s) => {
      const r = rank(s, q);
      return r === undefined ? [] : [{ s, r }];
    })
    .sort((a, b) => a.r - b.r || a.s.name.localeCompare(b.s.name))
    .slice(0, limit)
    .map(({ s }) => s);
}

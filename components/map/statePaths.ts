/**
 * Each state's path data by its ISO alpha-3 code, from the prepared geometry (whose features carry
 * ISO 3166-1 numeric ids): what the map outlines a focused or hovered state with.
 */

/** The part of a prepared geography (useRegionGeometry's MapGeography) this reads. */
export interface GeographyPath {
  numericId: string | null;
  geography: { svgPath: string | null };
}

/** ISO alpha-3 → path data, for the features whose numeric id is a state's and that have a path. */
export function statePaths(geographies: readonly GeographyPath[], isoByNumeric: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const g of geographies) {
    const iso = g.numericId ? isoByNumeric.get(g.numericId) : undefined;
    if (iso && g.geography.svgPath) out.set(iso, g.geography.svgPath);
  }
  return out;
}

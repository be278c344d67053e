/** The map's region: every coordinate in the datasets must fall inside it. Belarus in the
 * west to the Russian Far East, the Maldives in the south to Siberia's Arctic coast. */
export const REGION_BOUNDS = {
  west: 20,
  east: 180,
  south: 0,
  north: 82,
} as const;

export function inRegion(lon: number, lat: number): boolean {
  return (
    lon >= REGION_BOUNDS.west && lon <= REGION_BOUNDS.east && lat >= REGION_BOUNDS.south && lat <= REGION_BOUNDS.north
  );
}

import type { CoordPrecision } from '@/data/schema';

/** A point that stands for an area (the seat of a district or region), not the place itself:
 * the map draws it dashed and says so. Apart from data/schema so client code does not load zod. */
export function isAreaPoint(precision: CoordPrecision): precision is 'district' | 'region' {
  return precision === 'district' || precision === 'region';
}

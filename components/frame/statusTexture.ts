/**
 * How each SCO status fills a state, in one place for the map, its legend and the exported
 * legend: a colour token plus a texture, so statuses differ by pattern as well as colour
 * (colour-blind readers, greyscale print). Members and the Shanghai Five are solid; observers
 * hatched; dialogue partners dotted; partners cross-hatched. Pure data: no React.
 */
import type { StateStatus } from '@/data/schema';
import type { LegendShape } from './frameSpec';

export type StatusKey = StateStatus | 'none';
export type Texture = 'solid' | 'hatch' | 'dots' | 'cross';

export const STATUS_TEXTURE = {
  shanghaiFive: 'solid',
  member: 'solid',
  observer: 'hatch',
  dialoguePartner: 'dots',
  partner: 'cross',
  none: 'solid',
} as const satisfies Record<StatusKey, Texture>;

/** Texture marks are drawn in a translucent dark so they read on every status colour. */
export const TEXTURE_INK = { line: 'rgba(0, 0, 0, 0.45)', dot: 'rgba(0, 0, 0, 0.5)' } as const;

/** A legend swatch is drawn on this grid (16 × 16 units), clipped to it. */
export const SWATCH_GRID = 16;

/** The texture marks of a legend swatch on its grid: the screen and the export draw these. */
export const SWATCH_TEXTURE = {
  hatch: { path: 'M-2 6 L6 -2 M-2 12 L12 -2 M-2 18 L18 -2 M4 18 L18 4 M10 18 L18 10', width: 1.1 },
  cross: { path: 'M0 3 H16 M0 9 H16 M0 15 H16 M3 0 V16 M9 0 V16 M15 0 V16', width: 0.9 },
  dots: { centres: [3, 9, 15].flatMap((x) => [3, 9, 15].map((y) => [x, y] as const)), r: 1 },
} as const;

/** The legend shape that draws a status's swatch in a frame (and in every export). */
export const TEXTURE_SHAPE = {
  solid: 'square',
  hatch: 'hatchTexture',
  dots: 'dotTexture',
  cross: 'crossTexture',
} as const satisfies Record<Texture, LegendShape>;

export function statusShape(status: StatusKey): LegendShape {
  return TEXTURE_SHAPE[STATUS_TEXTURE[status]];
}

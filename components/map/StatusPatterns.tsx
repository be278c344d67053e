/**
 * How each SCO status fills a state: a colour token plus a texture, so that statuses differ by
 * pattern as well as colour (colour-blind readers, greyscale print). Members and the Shanghai
 * Five are solid; observers hatched; dialogue partners dotted; partners cross-hatched.
 *
 * Used by the server-rendered outline, the interactive map and the legend swatches, so all
 * three look alike. Hook-free: safe in server and client components.
 */
import { memo } from 'react';
import type { StateStatus } from '@/data/schema';
import { STATUS_TOKEN, tokenColor } from '@/components/frame/tokens';

export type StatusKey = StateStatus | 'none';

export const STATUS_TEXTURE = {
  shanghaiFive: 'solid',
  member: 'solid',
  observer: 'hatch',
  dialoguePartner: 'dots',
  partner: 'cross',
  none: 'solid',
} as const satisfies Record<StatusKey, 'solid' | 'hatch' | 'dots' | 'cross'>;

const NONE_COLOR = 'var(--status-none, #eceef0)';
/** Texture lines are drawn in a translucent dark so they read on every status colour. */
const TEXTURE_STYLE = { stroke: 'rgb(0 0 0 / 0.45)', fill: 'none' } as const;
const DOT_STYLE = { fill: 'rgb(0 0 0 / 0.5)' } as const;

export function statusColor(status: StatusKey): string {
  return status === 'none' ? NONE_COLOR : tokenColor(STATUS_TOKEN[status]);
}

export function patternId(prefix: string, status: StatusKey): string {
  return `${prefix}-status-${status}`;
}

/** The `fill` for a state of this status: a paint server for textured statuses. */
export function statusFill(prefix: string, status: StatusKey): string {
  return STATUS_TEXTURE[status] === 'solid' ? statusColor(status) : `url(#${patternId(prefix, status)})`;
}

const TILE = 6;

function Texture({ status }: { status: StatusKey }) {
  switch (STATUS_TEXTURE[status]) {
    case 'hatch':
      return <path d={`M0 ${TILE} L${TILE} 0 M${-TILE / 2} ${TILE / 2} L${TILE / 2} ${-TILE / 2} M${TILE / 2} ${TILE * 1.5} L${TILE * 1.5} ${TILE / 2}`} strokeWidth={1.1} style={TEXTURE_STYLE} />;
    case 'dots':
      return <circle cx={TILE / 2} cy={TILE / 2} r={1} style={DOT_STYLE} />;
    case 'cross':
      return <path d={`M0 ${TILE / 2} H${TILE} M${TILE / 2} 0 V${TILE}`} strokeWidth={0.9} style={TEXTURE_STYLE} />;
    case 'solid':
      return null;
  }
}

/** <pattern>s for the textured statuses; put inside the SVG's <defs>. `scale` keeps the
 * texture's size on screen when the map is zoomed (pass 1 / zoom). */
export const StatusPatternDefs = memo(function StatusPatternDefs({ prefix, scale = 1 }: { prefix: string; scale?: number }) {
  const textured = (Object.keys(STATUS_TEXTURE) as StatusKey[]).filter((s) => STATUS_TEXTURE[s] !== 'solid');
  return (
    <>
      {textured.map((status) => (
        <pattern
          key={status}
          id={patternId(prefix, status)}
          width={TILE}
          height={TILE}
          patternUnits="userSpaceOnUse"
          patternTransform={scale === 1 ? undefined : `scale(${scale})`}
        >
          <rect width={TILE} height={TILE} style={{ fill: statusColor(status) }} />
          <Texture status={status} />
        </pattern>
      ))}
    </>
  );
});

const SWATCH = 16;

/** A legend key: a small square filled as the map fills a state of this status (an inline
 * SVG clips what it draws beyond its box, so the textures need no clip path or ids). */
export const StatusSwatch = memo(function StatusSwatch({ status }: { status: StatusKey }) {
  return (
    <svg width={SWATCH} height={SWATCH} viewBox={`0 0 ${SWATCH} ${SWATCH}`} aria-hidden="true" focusable="false">
      <g>
        <rect width={SWATCH} height={SWATCH} style={{ fill: statusColor(status) }} />
        {STATUS_TEXTURE[status] === 'hatch' && (
          <path d="M-2 6 L6 -2 M-2 12 L12 -2 M-2 18 L18 -2 M4 18 L18 4 M10 18 L18 10" strokeWidth={1.1} style={TEXTURE_STYLE} />
        )}
        {STATUS_TEXTURE[status] === 'dots' && (
          <g style={DOT_STYLE}>
            {[3, 9, 15].flatMap((x) => [3, 9, 15].map((y) => <circle key={`${x}-${y}`} cx={x} cy={y} r={1} />))}
          </g>
        )}
        {STATUS_TEXTURE[status] === 'cross' && <path d="M0 3 H16 M0 9 H16 M0 15 H16 M3 0 V16 M9 0 V16 M15 0 V16" strokeWidth={0.9} style={TEXTURE_STYLE} />}
      </g>
      <rect x={0.5} y={0.5} width={SWATCH - 1} height={SWATCH - 1} style={{ fill: 'none', stroke: 'var(--color-border-strong, #8893a1)' }} />
    </svg>
  );
});

/**
 * How each SCO status fills a state: a colour token plus a texture, so that statuses differ by
 * pattern as well as colour (colour-blind readers, greyscale print). Members and the Shanghai
 * Five are solid; observers hatched; dialogue partners dotted; partners cross-hatched.
 *
 * Used by the server-rendered outline, the interactive map and the legend swatches, so all
 * three look alike. Hook-free: safe in server and client components.
 */
import { memo } from 'react';
import { STATUS_TEXTURE, SWATCH_GRID, SWATCH_TEXTURE, TEXTURE_INK, type StatusKey } from '@/components/frame/statusTexture';
import { STATUS_TOKEN, tokenColor } from '@/components/frame/tokens';

export type { StatusKey } from '@/components/frame/statusTexture';
export { STATUS_TEXTURE };

const NONE_COLOR = 'var(--status-none, #eceef0)';
const TEXTURE_STYLE = { stroke: TEXTURE_INK.line, fill: 'none' } as const;
const DOT_STYLE = { fill: TEXTURE_INK.dot } as const;

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

const SWATCH = SWATCH_GRID;

/** A legend key: a small square filled as the map fills a state of this status (an inline
 * SVG clips what it draws beyond its box, so the textures need no clip path or ids). */
export const StatusSwatch = memo(function StatusSwatch({ status }: { status: StatusKey }) {
  return (
    <svg width={SWATCH} height={SWATCH} viewBox={`0 0 ${SWATCH} ${SWATCH}`} aria-hidden="true" focusable="false">
      <g>
        <rect width={SWATCH} height={SWATCH} style={{ fill: statusColor(status) }} />
        {STATUS_TEXTURE[status] === 'hatch' && <path d={SWATCH_TEXTURE.hatch.path} strokeWidth={SWATCH_TEXTURE.hatch.width} style={TEXTURE_STYLE} />}
        {STATUS_TEXTURE[status] === 'dots' && (
          <g style={DOT_STYLE}>
            {SWATCH_TEXTURE.dots.centres.map(([x, y]) => (
              <circle key={`${x}-${y}`} cx={x} cy={y} r={SWATCH_TEXTURE.dots.r} />
            ))}
          </g>
        )}
        {STATUS_TEXTURE[status] === 'cross' && <path d={SWATCH_TEXTURE.cross.path} strokeWidth={SWATCH_TEXTURE.cross.width} style={TEXTURE_STYLE} />}
      </g>
      <rect x={0.5} y={0.5} width={SWATCH - 1} height={SWATCH - 1} style={{ fill: 'none', stroke: 'var(--color-border-strong, #8893a1)' }} />
    </svg>
  );
});

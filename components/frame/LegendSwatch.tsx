import type { LegendShape } from './frameSpec';
import { SWATCH_GRID, SWATCH_TEXTURE, TEXTURE_INK } from './statusTexture';
import { symbolPath } from './symbols';
import { tokenColor, type ColorToken } from './tokens';

const SIZE = 14;

/** The small picture of a legend key: the same shape and colour as the marks it explains. */
export function LegendSwatch({ shape, colorToken }: { shape: LegendShape; colorToken: ColorToken }) {
  const color = tokenColor(colorToken);
  const half = SIZE / 2;
  return (
    <svg width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true" focusable="false">
      {shape === 'square' && <rect x={1} y={1} width={SIZE - 2} height={SIZE - 2} rx={2} style={{ fill: color }} />}
      {shape === 'circle' && <circle cx={half} cy={half} r={half - 1.5} style={{ fill: color }} />}
      {shape === 'ring' && <circle cx={half} cy={half} r={half - 2.5} strokeWidth={2} style={{ fill: 'none', stroke: color }} />}
      {shape === 'diamond' && (
        <path d={`M${half} 1 L${SIZE - 1} ${half} L${half} ${SIZE - 1} L1 ${half} Z`} style={{ fill: color }} />
      )}
      {shape === 'triangle' && <path d={`M${half} 1.5 L${SIZE - 1} ${SIZE - 2} L1 ${SIZE - 2} Z`} style={{ fill: color }} />}
      {shape === 'hatched' && (
        <g>
          <rect x={1} y={1} width={SIZE - 2} height={SIZE - 2} rx={2} strokeWidth={1.5} style={{ fill: 'none', stroke: color }} />
          <path d="M1 9 L9 1 M4 13 L13 4 M9 13 L13 9" strokeWidth={1.5} style={{ stroke: color }} />
        </g>
      )}
      {shape === 'flag' && (
        <g>
          <path d={`M3 1 V${SIZE - 1}`} strokeWidth={1.6} style={{ stroke: color }} />
          <path d="M3.5 1.5 H12 L9.5 4.5 L12 7.5 H3.5 Z" style={{ fill: color }} />
        </g>
      )}
      {(shape === 'hatchTexture' || shape === 'dotTexture' || shape === 'crossTexture') && (
        <svg width={SIZE} height={SIZE} viewBox={`0 0 ${SWATCH_GRID} ${SWATCH_GRID}`}>
          <rect width={SWATCH_GRID} height={SWATCH_GRID} style={{ fill: color }} />
          {shape === 'hatchTexture' && <path d={SWATCH_TEXTURE.hatch.path} strokeWidth={SWATCH_TEXTURE.hatch.width} style={{ fill: 'none', stroke: TEXTURE_INK.line }} />}
          {shape === 'crossTexture' && <path d={SWATCH_TEXTURE.cross.path} strokeWidth={SWATCH_TEXTURE.cross.width} style={{ fill: 'none', stroke: TEXTURE_INK.line }} />}
          {shape === 'dotTexture' &&
            SWATCH_TEXTURE.dots.centres.map(([x, y]) => <circle key={`${x}-${y}`} cx={x} cy={y} r={SWATCH_TEXTURE.dots.r} style={{ fill: TEXTURE_INK.dot }} />)}
        </svg>
      )}
      {shape === 'star' && <path transform={`translate(${half} ${half})`} d={symbolPath('star', half - 1.5)} style={{ fill: color }} />}
      {shape === 'line' && <path d={`M1 ${half} H${SIZE - 1}`} strokeWidth={3} style={{ stroke: color }} />}
      {shape === 'dashedLine' && (
        <path d={`M1 ${half} H${SIZE - 1}`} strokeWidth={2.5} strokeDasharray="3 2" style={{ stroke: color }} />
      )}
    </svg>
  );
}

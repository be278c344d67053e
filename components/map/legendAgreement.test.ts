/**
 * The map on screen and its export speak one legend: every status swatch is filled and textured
 * the same way, every kind of exercise keeps its marker's shape, and incidents have their key.
 */
import { describe, expect, it } from 'vitest';
import { serverMapText } from './serverMapText.server';
import { exercises } from '@/data/exercises';
import { incidents } from '@/data/incidents';
import { STATE_STATUS } from '@/data/schema';
import { sources } from '@/data/sources';
import { states } from '@/data/states';
import { legendItem, metrics } from '@/components/export/frame/frameBlocks';
import type { LayoutInput } from '@/components/export/frame/frameTypes';
import { swatchSvg } from '@/components/export/frame/swatch';
import { loadTestFonts } from '@/components/export/fonts/testFonts';
import { TextShaper } from '@/components/export/fonts/textShaper';
import { messages } from '@/lib/i18n';
import { statusShape, STATUS_TEXTURE, SWATCH_TEXTURE } from '@/components/frame/statusTexture';
import { INCIDENT_SYMBOL, KIND_SYMBOL } from '@/components/frame/symbols';
import { INCIDENT_TOKEN, KIND_TOKEN, STATUS_TOKEN } from '@/components/frame/tokens';
import { selectMapData } from './mapData';
import { mapFrameSpec } from './mapExport';
import { eventsUpTo, exercisesShown, legendCounts, statusesInYear } from './mapModel';
import { ALL_KINDS, ALL_LAYERS } from './urlState';

const data = selectMapData({ states, exercises, incidents, sources, asOfDate: '2025-09-01', currentYear: 2026 });
const YEAR = 2024;
const spec = mapFrameSpec({
  data,
  year: YEAR,
  layers: ALL_LAYERS,
  kinds: ALL_KINDS,
  counts: legendCounts(data.states, YEAR, data.asOf),
  statuses: statusesInYear(data.states, YEAR, data.asOf),
  exercises: exercisesShown(data.exercises, YEAR, ALL_KINDS),
  incidents: eventsUpTo(data.incidents, YEAR),
  judgedText: `As on 31 December ${YEAR}.`,
}, serverMapText('en'));

describe('the map’s legend, on screen and exported', () => {
  it('draws each status with the texture the map fills it with', () => {
    const marks = { hatch: SWATCH_TEXTURE.hatch.path, cross: SWATCH_TEXTURE.cross.path, dots: '<circle' } as const;
    for (const status of Object.values(STATE_STATUS)) {
      const svg = swatchSvg(statusShape(status), 0, 0, 14, '#123456', '');
      expect(svg, status).toContain('#123456');
      const texture = STATUS_TEXTURE[status];
      if (texture === 'solid') expect(svg, status).not.toMatch(/<path|<circle/);
      else expect(svg, status).toContain(marks[texture]);
      if (texture === 'dots') expect(svg.match(/<circle/g)?.length, status).toBe(SWATCH_TEXTURE.dots.centres.length);
    }
  });

  it('keys every status shown, in its colour and texture', () => {
    for (const status of Object.values(STATE_STATUS)) {
      const item = spec.legend.find((l) => l.colorToken === STATUS_TOKEN[status]);
      if (item) expect(item.shape, status).toBe(statusShape(status));
    }
    expect(spec.legend.some((l) => l.shape === 'dotTexture')).toBe(true);
  });

  it('keys every kind of exercise with its marker’s shape, and incidents with their star', () => {
    for (const kind of ALL_KINDS) {
      const item = spec.legend.find((l) => l.colorToken === KIND_TOKEN[kind]);
      expect(item?.shape, kind).toBe(KIND_SYMBOL[kind]);
    }
    const incident = spec.legend.find((l) => l.colorToken === INCIDENT_TOKEN);
    expect(incident?.shape).toBe(INCIDENT_SYMBOL);
  });
  it('keys the markers’ sizes as the legend beside the map does: every value at its radius, and “not stated”', () => {
    const t = messages('en').map.legend;
    for (const [label, key, shape] of [
      [t.troopsKey, data.sizeKeys.troops, 'circle'],
      [t.casualtiesKey, data.sizeKeys.casualties, INCIDENT_SYMBOL],
    ] as const) {
      const item = spec.legend.find((l) => l.label === label);
      expect(item?.shape, label).toBe(shape);
      expect(key.items.length, label).toBeGreaterThan(1);
      expect(item?.sizes, label).toEqual([...key.items.map(({ label: value, r }) => ({ label: value, r })), { label: t.unknownSize, r: key.unknownR }]);
    }
  });

  it('draws each size key’s marks in proportion, in the exported frame', async () => {
    const shaper = new TextShaper(await loadTestFonts());
    const item = spec.legend.find((l) => l.sizes !== undefined);
    if (!item?.sizes) throw new Error('no size key in the map’s legend');
    const input: LayoutInput = { spec, footer: { asOf: '', link: { text: '', href: '' }, notes: [] }, plot: { width: 800, height: 600 }, size: { scale: 1 }, measure: shaper, lang: 'en' };
    const block = legendItem(input, metrics(1), item, 0, 0, 600);
    const swatches = block.ops.filter((op) => op.kind === 'swatch');
    const first = item.sizes[0]?.r ?? 1;
    expect(swatches).toHaveLength(item.sizes.length);
    swatches.forEach((op, i) => expect(op.size / (swatches[0]?.size ?? 1)).toBeCloseTo((item.sizes?.[i]?.r ?? 0) / first, 5));
    for (const op of swatches) expect(op.y).toBeGreaterThanOrEqual(0);
    expect(block.ops.filter((op) => op.kind === 'text').map((op) => op.kind === 'text' && op.text)).toEqual([item.label, ...item.sizes.map((size) => size.label)]);
  });
});

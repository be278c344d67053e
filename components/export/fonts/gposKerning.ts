/**
 * Pair kerning from an OpenType GPOS table: the `kern` feature's PairPos lookups (formats 1 and
 * 2), including lookups wrapped in Extension lookups (type 9), which is where Inter keeps them.
 * Only the first glyph's xAdvance adjustment is read: what horizontal Latin text needs.
 */

type Coverage = (glyph: number) => number;
type ClassDef = (glyph: number) => number;

/** Value record fields in order; xAdvance is bit 0x0004. Each set bit is one 16-bit field. */
const X_ADVANCE = 0x0004;

function bitCount(n: number): number {
  let count = 0;
  for (let v = n; v !== 0; v &= v - 1) count++;
  return count;
}

const valueRecordBytes = (format: number) => bitCount(format) * 2;

/** Reads a value record's xAdvance, or 0 when the format has none. */
function xAdvance(view: DataView, at: number, format: number): number {
  if ((format & X_ADVANCE) === 0) return 0;
  return view.getInt16(at + bitCount(format & (X_ADVANCE - 1)) * 2);
}

function readCoverage(view: DataView, at: number): Coverage {
  const format = view.getUint16(at);
  if (format === 1) {
    const count = view.getUint16(at + 2);
    const glyphs = new Map<number, number>();
    for (let i = 0; i < count; i++) glyphs.set(view.getUint16(at + 4 + i * 2), i);
    return (g) => glyphs.get(g) ?? -1;
  }
  if (format === 2) {
    const count = view.getUint16(at + 2);
    const ranges: [number, number, number][] = [];
    for (let i = 0; i < count; i++) {
      const r = at + 4 + i * 6;
      ranges.push([view.getUint16(r), view.getUint16(r + 2), view.getUint16(r + 4)]);
    }
    return (g) => {
      for (const [start, end, index] of ranges) if (g >= start && g <= end) return index + g - start;
      return -1;
    };
  }
  return () => -1;
}

function readClassDef(view: DataView, at: number): ClassDef {
  const format = view.getUint16(at);
  if (format === 1) {
    const start = view.getUint16(at + 2);
    const count = view.getUint16(at + 4);
    return (g) => (g >= start && g < start + count ? view.getUint16(at + 6 + (g - start) * 2) : 0);
  }
  if (format === 2) {
    const count = view.getUint16(at + 2);
    const ranges: [number, number, number][] = [];
    for (let i = 0; i < count; i++) {
      const r = at + 4 + i * 6;
      ranges.push([view.getUint16(r), view.getUint16(r + 2), view.getUint16(r + 4)]);
    }
    return (g) => {
      for (const [start, end, cls] of ranges) if (g >= start && g <= end) return cls;
      return 0;
    };
  }
  return () => 0;
}

/** One PairPos subtable: the adjustment for a pair, or undefined when it does not apply. */
type PairSubtable = (left: number, right: number) => number | undefined;

function readPairPos(view: DataView, at: number): PairSubtable | undefined {
  const format = view.getUint16(at);
  const coverage = readCoverage(view, at + view.getUint16(at + 2));
  const format1 = view.getUint16(at + 4);
  const format2 = view.getUint16(at + 6);
  const recordBytes = valueRecordBytes(format1) + valueRecordBytes(format2);
  if (format === 1) {
    return (left, right) => {
      const index = coverage(left);
      if (index < 0) return undefined;
      const set = at + view.getUint16(at + 10 + index * 2);
      const count = view.getUint16(set);
      // Pair value records are sorted by second glyph: binary search.
      let lo = 0;
      let hi = count - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const rec = set + 2 + mid * (2 + recordBytes);
        const second = view.getUint16(rec);
        if (second === right) return xAdvance(view, rec + 2, format1);
        if (second < right) lo = mid + 1;
        else hi = mid - 1;
      }
      return undefined;
    };
  }
  if (format === 2) {
    const classDef1 = readClassDef(view, at + view.getUint16(at + 8));
    const classDef2 = readClassDef(view, at + view.getUint16(at + 10));
    const class2Count = view.getUint16(at + 14);
    return (left, right) => {
      if (coverage(left) < 0) return undefined;
      const rec = at + 16 + (classDef1(left) * class2Count + classDef2(right)) * recordBytes;
      return xAdvance(view, rec, format1);
    };
  }
  return undefined;
}

/** The PairPos subtables of one lookup, unwrapping Extension (type 9) subtables. */
function readLookup(view: DataView, at: number): PairSubtable[] {
  const type = view.getUint16(at);
  const count = view.getUint16(at + 4);
  const subtables: PairSubtable[] = [];
  for (let i = 0; i < count; i++) {
    let sub = at + view.getUint16(at + 6 + i * 2);
    let subType = type;
    if (type === 9) {
      subType = view.getUint16(sub + 2);
      sub += view.getUint32(sub + 4);
    }
    if (subType !== 2) continue;
    const pair = readPairPos(view, sub);
    if (pair) subtables.push(pair);
  }
  return subtables;
}

/** Kerning of a glyph pair in font units (negative: closer). */
export type KerningFn = (left: number, right: number) => number;

/**
 * Reads the `kern` feature of a GPOS table. Every lookup of the feature applies in order (their
 * adjustments add up); within a lookup the first subtable that covers the pair wins.
 * Results are cached per pair. A missing or malformed table kerns nothing.
 */
export function gposKerning(gpos: DataView | undefined): KerningFn {
  if (!gpos) return () => 0;
  let lookups: PairSubtable[][];
  try {
    const featureList = gpos.getUint16(6);
    const lookupList = gpos.getUint16(8);
    const indexes = new Set<number>();
    const featureCount = gpos.getUint16(featureList);
    for (let i = 0; i < featureCount; i++) {
      const rec = featureList + 2 + i * 6;
      const tag = String.fromCharCode(gpos.getUint8(rec), gpos.getUint8(rec + 1), gpos.getUint8(rec + 2), gpos.getUint8(rec + 3));
      if (tag !== 'kern') continue;
      const feature = featureList + gpos.getUint16(rec + 4);
      const n = gpos.getUint16(feature + 2);
      for (let j = 0; j < n; j++) indexes.add(gpos.getUint16(feature + 4 + j * 2));
    }
    lookups = [...indexes]
      .sort((a, b) => a - b)
      .map((index) => readLookup(gpos, lookupList + gpos.getUint16(lookupList + 2 + index * 2)));
  } catch {
    return () => 0;
  }
  const cache = new Map<number, number>();
  return (left, right) => {
    const key = left * 65536 + right;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    let total = 0;
    for (const subtables of lookups) {
      for (const sub of subtables) {
        const value = sub(left, right);
        if (value !== undefined) {
          total += value;
          break;
        }
      }
    }
    cache.set(key, total);
    return total;
  };
}

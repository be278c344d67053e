/**
 * Broken data: mutations of the real datasets' records (wrong types, missing fields, unknown
 * source ids, impossible dates, duplicate ids, coordinates outside the map) each make the
 * validation the build runs (validateDatasets, called by scripts/prebuild.ts) fail, on one line
 * that names the file, the record's id and the mutated field. Mutations are drawn from a seeded
 * PRNG: the same records and fields on every run.
 */
import { describe, expect, it } from 'vitest';
import { DATASETS, type DatasetEntry } from './registry';
import { formatProblem, validateDatasets, type ValidationProblem } from './validate';
import { prng } from './testing/prng';

const TODAY = new Date();

type Json = Record<string, unknown>;
type Path = (string | number)[];
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = <T>(v: T): T => structuredClone(v);

/** Every [path, value] inside a record (objects and arrays walked). */
function entries(value: unknown, path: Path = []): [Path, unknown][] {
  const out: [Path, unknown][] = [];
  if (Array.isArray(value)) value.forEach((v, i) => out.push([[...path, i], v], ...entries(v, [...path, i])));
  else if (isObject(value)) for (const [k, v] of Object.entries(value)) out.push([[...path, k], v], ...entries(v, [...path, k]));
  return out;
}

function setAt(record: Json, path: Path, value: unknown): void {
  let node: unknown = record;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
  const last = path.at(-1);
  if (last === undefined) throw new Error('empty path');
  if (value === undefined) delete (node as Record<string | number, unknown>)[last];
  else (node as Record<string | number, unknown>)[last] = value;
}

/** formatPath's spelling of a path: `locations[0].coord.lat`. */
const fieldName = (path: Path) => path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s === '' ? k : `${s}.${k}`), '');

interface Mutation {
  kind: string;
  /** The field the message must name (its path, or the object holding the bad coordinates). */
  field: string;
  apply: (record: Json) => void;
}

/** The mutations a record admits, each of which no valid dataset allows. */
function mutationsOf(record: Json): Mutation[] {
  const all = entries(record);
  const out: Mutation[] = [];
  for (const [path, value] of all) {
    const key = path.at(-1);
    if (path[0] === 'id') continue;
    if (typeof value === 'string' && typeof key === 'string' && key !== 'quote' && key !== 'locator') {
      out.push({ kind: 'wrong type', field: fieldName(path), apply: (r) => setAt(r, path, 12345) });
    }
    if (typeof value === 'number' && typeof key === 'string') {
      out.push({ kind: 'wrong type', field: fieldName(path), apply: (r) => setAt(r, path, 'twelve') });
    }
    if (key === 'sourceId') out.push({ kind: 'unknown source id', field: fieldName(path), apply: (r) => setAt(r, path, 'no-such-source') });
    if (typeof value === 'string' && /^(start|end|from|to|date)$/.test(String(key)) && /^\d{4}-\d{2}/.test(value)) {
      out.push({ kind: 'impossible date', field: fieldName(path), apply: (r) => setAt(r, path, `${value.slice(0, 4)}-02-30`) });
    }
    if (isObject(value) && typeof value.lat === 'number' && typeof value.lon === 'number') {
      out.push({ kind: 'out-of-range coordinates', field: fieldName(path), apply: (r) => setAt(r, [...path, 'lat'], -89) });
    }
  }
  for (const key of ['sources', 'name', 'title', 'confidence']) {
    if (key in record) out.push({ kind: 'missing field', field: key, apply: (r) => setAt(r, [key], undefined) });
  }
  return out;
}

/** The datasets with `rows` in place of dataset `id`'s. */
const withRows = (id: string, rows: unknown[]): DatasetEntry[] => DATASETS.map((ds) => (ds.id === id ? { ...ds, rows } : ds));

const PER_DATASET = 25;

describe('validating mutated records of the real datasets', () => {
  it('the datasets as they are have no problem', () => {
    expect(validateDatasets(DATASETS, { today: TODAY }).map(formatProblem)).toEqual([]);
  });

  for (const [d, ds] of DATASETS.entries()) {
    it(`${ds.file}: every mutation fails on one line naming the file, the record and the field`, () => {
      const rand = prng(19 + d);
      let tried = 0;
      const kinds = new Set<string>();
      for (let n = 0; n < PER_DATASET * 4 && tried < PER_DATASET; n++) {
        const index = Math.floor(rand() * ds.rows.length);
        const original = ds.rows[index];
        if (!isObject(original) || typeof original.id !== 'string') continue;
        const mutations = mutationsOf(original);
        const mutation = mutations[Math.floor(rand() * mutations.length)];
        if (!mutation) continue;
        const record = clone(original);
        mutation.apply(record);
        const rows = [...ds.rows];
        rows[index] = record;
        const problems: ValidationProblem[] = validateDatasets(withRows(ds.id, rows), { today: TODAY });
        const lines = problems.map(formatProblem);
        const what = `${mutation.kind} at ${original.id} › ${mutation.field}`;
        expect(lines.length, `${what}: no problem reported`).toBeGreaterThan(0);
        for (const line of lines) expect(line, what).not.toContain('\n');
        // The mutated field is named, on the line of the mutated record of this file.
        const prefix = `${ds.file} › ${original.id} › `;
        expect(lines.filter((l) => l.startsWith(prefix) && l.slice(prefix.length).startsWith(mutation.field)), `${what}: ${lines.join(' | ')}`).toHaveLength(1);
        tried++;
        kinds.add(mutation.kind);
      }
      expect(tried).toBe(PER_DATASET);
      expect(kinds.size).toBeGreaterThan(1);
    });
  }

  it('a duplicate id is reported once, naming the file, the id and the field', () => {
    for (const ds of DATASETS) {
      const first = ds.rows[0];
      if (!isObject(first) || typeof first.id !== 'string') continue;
      const lines = validateDatasets(withRows(ds.id, [...ds.rows, clone(first)]), { today: TODAY }).map(formatProblem);
      expect(lines).toEqual([`${ds.file} › ${first.id} › id: duplicate id "${first.id}"`]);
    }
  });
});

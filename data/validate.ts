/**
 * Validates every dataset: each record against its zod schema, then the rules that span
 * records (unique ids, source ids that resolve, dates in order and not in the future,
 * coordinates inside the map's region, references between records).
 *
 * Every problem reads `file › record id › field: message`, so a bad record is found at once.
 * Run by `data/validate.test.ts` and by the build (`scripts/prebuild.ts`).
 */
import type { DatasetEntry } from './registry';
import { inRegion, REGION_BOUNDS } from './region';

export interface ValidationProblem {
  file: string;
  recordId: string;
  field: string;
  message: string;
}

export function formatProblem(p: ValidationProblem): string {
  return `${p.file} › ${p.recordId} › ${p.field}: ${p.message}`;
}

type Path = readonly (string | number | symbol)[];

export function formatPath(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(record)' : out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function recordIdOf(row: unknown, index: number): string {
  return isRecord(row) && typeof row.id === 'string' && row.id !== '' ? row.id : `#${index}`;
}

/** Calls `visit` on every object inside `value`, with its path. */
function walkObjects(value: unknown, path: Path, visit: (obj: Record<string, unknown>, path: Path) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walkObjects(item, [...path, i], visit));
  } else if (isRecord(value)) {
    visit(value, path);
    for (const [k, v] of Object.entries(value)) walkObjects(v, [...path, k], visit);
  }
}

/** First and last instant a partial date can mean (UTC ms). Undefined for a malformed date or
 * one that is not on the calendar (`2019-13`, `2019-02-30`): the schema reports those, and the
 * rules comparing dates leave them alone rather than compare a date that does not exist. */
export function dateBounds(date: string): [number, number] | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return undefined;
  const y = Number(m[1]);
  if (m[2] === undefined) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1) - 1];
  const mo = Number(m[2]) - 1;
  if (mo < 0 || mo > 11) return undefined;
  if (m[3] === undefined) return [Date.UTC(y, mo, 1), Date.UTC(y, mo + 1, 1) - 1];
  const d = Number(m[3]);
  if (d < 1 || new Date(Date.UTC(y, mo, d)).getUTCMonth() !== mo) return undefined;
  return [Date.UTC(y, mo, d), Date.UTC(y, mo, d + 1) - 1];
}

const DATE_PAIRS = [
  ['start', 'end'],
  ['from', 'to'],
] as const;

export interface ValidateOptions {
  /** Dates after this are impossible. Defaults to now. */
  today?: Date;
}

export function validateDatasets(datasets: readonly DatasetEntry[], options: ValidateOptions = {}): ValidationProblem[] {
  const today = (options.today ?? new Date()).getTime();
  const problems: ValidationProblem[] = [];

  const sourceIds = new Set<string>();
  const idsByDataset = new Map<string, Set<string>>();
  for (const ds of datasets) {
    const ids = new Set<string>();
    ds.rows.forEach((row, i) => ids.add(recordIdOf(row, i)));
    idsByDataset.set(ds.id, ids);
    if (ds.id === 'sources') for (const id of ids) sourceIds.add(id);
  }

  for (const ds of datasets) {
    const seen = new Set<string>();
    ds.rows.forEach((row, index) => {
      const recordId = recordIdOf(row, index);
      const report = (field: string, message: string) => problems.push({ file: ds.file, recordId, field, message });

      if (seen.has(recordId)) report('id', `duplicate id "${recordId}"`);
      seen.add(recordId);

      const parsed = ds.schema.safeParse(row);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) report(formatPath(issue.path), issue.message);
      }

      walkObjects(row, [], (obj, path) => {
        const at = (key: string) => formatPath([...path, key]);

        if (typeof obj.sourceId === 'string' && !sourceIds.has(obj.sourceId)) {
          report(at('sourceId'), `source "${obj.sourceId}" does not resolve to any record in data/sources/`);
        }

        if (typeof obj.lat === 'number' && typeof obj.lon === 'number' && !inRegion(obj.lon, obj.lat)) {
          const { west, east, south, north } = REGION_BOUNDS;
          report(
            formatPath(path),
            `coordinates (${obj.lat}, ${obj.lon}) fall outside the map's region (lon ${west}–${east}, lat ${south}–${north})`,
          );
        }

        for (const [startKey, endKey] of DATE_PAIRS) {
          const start = obj[startKey];
          const end = obj[endKey];
          const s = typeof start === 'string' ? dateBounds(start) : undefined;
          const e = typeof end === 'string' ? dateBounds(end) : undefined;
          if (s && e && e[1] < s[0]) report(at(endKey), `${endKey} ${String(end)} is before ${startKey} ${String(start)}`);
        }

        for (const [key, value] of Object.entries(obj)) {
          if (!['start', 'end', 'from', 'to', 'date'].includes(key) || typeof value !== 'string') continue;
          const b = dateBounds(value);
          if (b && b[0] > today) report(at(key), `${value} is in the future`);
        }
      });

      if (!isRecord(row)) return;
      if (ds.id === 'terrorismStats' && typeof row.partOf === 'string') {
        if (!idsByDataset.get('terrorismStats')?.has(row.partOf)) {
          report('partOf', `"${row.partOf}" is not a record in ${ds.file}`);
        }
      }
      if (ds.id === 'ratsFigures' && Array.isArray(row.contestedBy)) {
        row.contestedBy.forEach((id, i) => {
          if (typeof id === 'string' && !idsByDataset.get('ratsFigures')?.has(id)) {
            report(`contestedBy[${i}]`, `"${id}" is not a record in ${ds.file}`);
          }
        });
      }
      if (ds.id === 'states' && Array.isArray(row.statusHistory)) {
        checkStatusHistory(row.statusHistory, report);
      }
    });
  }
  return problems;
}

/** Periods must follow each other without overlap; only the last may be open-ended. */
function checkStatusHistory(history: unknown[], report: (field: string, message: string) => void): void {
  for (let i = 1; i < history.length; i++) {
    const prev = history[i - 1];
    const cur = history[i];
    if (!isRecord(prev) || !isRecord(cur)) continue;
    if (prev.to === undefined) {
      report(`statusHistory[${i - 1}].to`, 'is open-ended but another period follows it');
      continue;
    }
    // A `to` that is not a string is the schema's to report; it is not open-ended.
    if (typeof prev.to !== 'string') continue;
    const prevEnd = dateBounds(prev.to);
    const curStart = typeof cur.from === 'string' ? dateBounds(cur.from) : undefined;
    if (prevEnd && curStart && curStart[1] < prevEnd[0]) {
      report(`statusHistory[${i}].from`, `${String(cur.from)} begins before the previous period ends (${prev.to})`);
    }
  }
}

/**
 * Joins the bibliography to the records: which figures cite each source (dataset, record,
 * field, quote), and which records are contested (sources disagree), with every claim.
 * Pure: walks the datasets' plain records, so it runs on the server and in tests alike.
 * In a locale: field names, statuses, metrics and dates in its words (and state names in its
 * language); the records' own text (names, quotes, notes) as written.
 */
import type { DatasetEntry, DatasetId } from '@/data/registry';
import type { Claim } from '@/data/schema';
import { dateInWords } from './dateInWords';
import { formatDateRange } from './format';
import { format, messages, type Locale } from './i18n';
import { LOCALE_TAGS } from './messages/locales';
import { stateName } from './messages/stateNames';

export interface Citation {
  datasetId: DatasetId;
  recordId: string;
  recordName: string;
  /** Where in the record the reference sits, e.g. "troops[0]"; "" for the record's own sources. */
  field: string;
  /** The field in words: "Troops", "Capital", or "the record". */
  fieldLabel: string;
  /** What the reference backs, when the field says it: a count's wording, a claim, a coordinate basis. */
  detail?: string;
  quote?: string;
  locator?: string;
}

export interface ContestedRecord {
  datasetId: DatasetId;
  recordId: string;
  recordName: string;
  /** "" when the whole record is contested; else the part, e.g. "statusHistory[1]". */
  field: string;
  /** The contested part in words ("Member from 2017-06-09"); absent for a whole record. */
  detail?: string;
  claims: Claim[];
  note?: string;
}

/** One contested figure: a conflicting record, with the records it is said to contradict. */
export interface ContestedFigure {
  /** Stable id for an anchor: "<dataset>-<first record id>". */
  id: string;
  records: ContestedRecord[];
}

type Obj = Record<string, unknown>;
type Path = readonly (string | number)[];

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function isClaim(v: unknown): v is Claim {
  return isObj(v) && typeof v.field === 'string' && typeof v.value === 'string' && isObj(v.source) && typeof v.source.sourceId === 'string';
}

function recordIdOf(row: unknown, index: number): string {
  return (isObj(row) && str(row.id)) || `#${index + 1}`;
}

/** A terrorism statistic's period: the data's English label, or its bounds in the locale's words. */
function periodIn(period: Obj, locale: Locale): string | undefined {
  const from = str(period.from);
  const to = str(period.to);
  return locale === 'en' || from === undefined ? str(period.label) : formatDateRange(from, to, locale);
}

/**
 * How a reader recognises a record: its name or title (a state by its name in the locale), or
 * for figures what they count and when.
 */
export function recordName(datasetId: DatasetId, row: unknown, index: number, stateNames: ReadonlyMap<string, string> | undefined, locale: Locale): string {
  if (!isObj(row)) return `#${index + 1}`;
  const t = messages(locale).data;
  const named = str(row.name) ?? str(row.title);
  if (named) return datasetId === 'states' && str(row.id) ? (stateNames?.get(String(row.id)) ?? named) : named;
  if (datasetId === 'terrorismStats') {
    const metric = str(row.metric);
    const label = metric !== undefined && metric in t.terrorismMetric ? t.terrorismMetric[metric as keyof typeof t.terrorismMetric] : metric;
    const period = isObj(row.period) ? periodIn(row.period, locale) : undefined;
    const country = str(row.country);
    const parts = [country !== undefined ? (stateNames?.get(country) ?? country) : undefined, label, period].filter((s) => s !== undefined);
    return new Intl.ListFormat(LOCALE_TAGS[locale], { type: 'conjunction', style: 'narrow' }).format(parts);
  }
  if (datasetId === 'ratsFigures') {
    const what = str(row.counts) ?? str(row.metric) ?? recordIdOf(row, index);
    const stated = str(row.valueText);
    const date = str(row.date);
    return [stated ? `${what}: ${stated}` : what, date].filter((s) => s !== undefined).join(', ');
  }
  return recordIdOf(row, index);
}

function pathString(path: Path): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  return out;
}

function fieldLabel(path: Path, locale: Locale): string {
  const t = messages(locale).data;
  const [first] = path;
  if (first === undefined) return t.sourcesPage.wholeRecord;
  const key = String(first);
  return key in t.columns ? t.columns[key as keyof typeof t.columns] : key;
}

/** What the object holding a reference says: "about 6,500 troops", "from: 2017-06-09". */
function detailOf(owner: Obj | undefined, locale: Locale): string | undefined {
  if (!owner) return undefined;
  if (isClaim(owner)) return `${owner.field}: ${owner.value}`;
  const text = str(owner.text) ?? str(owner.basis);
  if (text) return text;
  const status = str(owner.status);
  const from = str(owner.from);
  if (status && from) {
    const t = messages(locale).data;
    const label = status in t.status ? t.status[status as keyof typeof t.status] : status;
    const to = str(owner.to);
    return to
      ? format(t.cells.periodClosed, { status: label, from: dateInWords(from, locale), to: dateInWords(to, locale) }, locale)
      : format(t.cells.periodOpen, { status: label, from: dateInWords(from, locale) }, locale);
  }
  return undefined;
}

/** Every source reference inside a record, with the path of the object that holds it. */
function collectRefs(row: unknown, visit: (ref: Obj, ownerPath: Path, owner: Obj | undefined) => void): void {
  const walk = (value: unknown, path: Path, owner: Obj | undefined, ownerPath: Path): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, [...path, i], owner, ownerPath));
      return;
    }
    if (!isObj(value)) return;
    if (typeof value.sourceId === 'string') {
      visit(value, ownerPath, owner);
      return;
    }
    for (const [k, v] of Object.entries(value)) {
      const childPath = [...path, k];
      // A reference's owner is the object whose `source`/`sources` field holds it.
      if (k === 'source' || k === 'sources') walk(v, childPath, value, path);
      else walk(v, childPath, owner, ownerPath);
    }
  };
  walk(row, [], undefined, []);
}

/** State names by ISO code in `locale`, from the states dataset, for naming records that only carry a code. */
function stateNamesOf(datasets: readonly DatasetEntry[], locale: Locale): Map<string, string> {
  const names = new Map<string, string>();
  for (const row of datasets.find((d) => d.id === 'states')?.rows ?? []) {
    if (isObj(row) && str(row.id) && str(row.name)) names.set(String(row.id), stateName(String(row.id), String(row.name), locale));
  }
  return names;
}

/** For each source id, the figures that cite it, in dataset and record order, in `locale`'s words. */
export function citationsBySource(datasets: readonly DatasetEntry[], locale: Locale): Map<string, Citation[]> {
  const bySource = new Map<string, Citation[]>();
  const stateNames = stateNamesOf(datasets, locale);
  for (const ds of datasets) {
    if (ds.id === 'sources') continue;
    ds.rows.forEach((row, index) => {
      const recordId = recordIdOf(row, index);
      const name = recordName(ds.id, row, index, stateNames, locale);
      collectRefs(row, (ref, ownerPath, owner) => {
        const sourceId = String(ref.sourceId);
        const isRecordLevel = ownerPath.length === 0;
        const detail = isRecordLevel ? undefined : detailOf(owner, locale);
        const quote = str(ref.quote);
        const locator = str(ref.locator);
        const citation: Citation = {
          datasetId: ds.id,
          recordId,
          recordName: name,
          field: pathString(ownerPath),
          fieldLabel: fieldLabel(ownerPath, locale),
          ...(detail !== undefined && { detail }),
          ...(quote !== undefined && { quote }),
          ...(locator !== undefined && { locator }),
        };
        const list = bySource.get(sourceId) ?? [];
        list.push(citation);
        bySource.set(sourceId, list);
      });
    });
  }
  return bySource;
}

function contestedParts(datasetId: DatasetId, row: unknown, index: number, stateNames: ReadonlyMap<string, string>, locale: Locale): ContestedRecord[] {
  if (!isObj(row)) return [];
  const base = { datasetId, recordId: recordIdOf(row, index), recordName: recordName(datasetId, row, index, stateNames, locale) };
  const parts: ContestedRecord[] = [];
  const add = (obj: Obj, field: string) => {
    if (obj.confidence !== 'conflicting') return;
    const claims = Array.isArray(obj.claims) ? obj.claims.filter(isClaim) : [];
    const note = str(obj.note);
    const detail = field === '' ? undefined : detailOf(obj, locale);
    parts.push({ ...base, field, claims, ...(detail !== undefined && { detail }), ...(note !== undefined && { note }) });
  };
  add(row, '');
  if (Array.isArray(row.statusHistory)) {
    row.statusHistory.forEach((p, i) => {
      if (isObj(p)) add(p, `statusHistory[${i}]`);
    });
  }
  return parts;
}

/**
 * Every contested record with its claims. Records that name each other in `contestedBy`
 * (the RATS database sizes) are one figure, listed once.
 */
export function contestedFigures(datasets: readonly DatasetEntry[], locale: Locale): ContestedFigure[] {
  const figures: ContestedFigure[] = [];
  const stateNames = stateNamesOf(datasets, locale);
  for (const ds of datasets) {
    const parts = ds.rows.flatMap((row, i) => contestedParts(ds.id, row, i, stateNames, locale));
    const links = new Map<string, string[]>();
    ds.rows.forEach((row, i) => {
      if (isObj(row) && Array.isArray(row.contestedBy)) {
        links.set(recordIdOf(row, i), row.contestedBy.filter((x): x is string => typeof x === 'string'));
      }
    });
    const placed = new Map<string, ContestedFigure>();
    for (const part of parts) {
      const key = `${part.recordId}|${part.field}`;
      if (placed.has(key)) continue;
      const linked = part.field === '' ? related(part.recordId, links) : [];
      const records = [part, ...parts.filter((p) => p !== part && p.field === '' && linked.includes(p.recordId))];
      const suffix = part.field.replace(/\W+/g, '-').replace(/^-|-$/g, '');
      const figure: ContestedFigure = { id: [ds.id, part.recordId, suffix].filter(Boolean).join('-'), records };
      for (const r of records) placed.set(`${r.recordId}|${r.field}`, figure);
      figures.push(figure);
    }
  }
  return figures;
}

/** Record ids connected to `id` through `contestedBy`, in either direction. */
function related(id: string, links: ReadonlyMap<string, string[]>): string[] {
  const seen = new Set([id]);
  const queue = [id];
  while (queue.length > 0) {
    const cur = queue.shift();
    if (cur === undefined) break;
    const next = [...(links.get(cur) ?? []), ...[...links].filter(([, to]) => to.includes(cur)).map(([from]) => from)];
    for (const n of next) {
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  seen.delete(id);
  return [...seen];
}

/**
 * The map in Russian and Chinese, as a reader meets it: finding a state by what they type, the
 * names of shapes and markers, the data's names and dates in the page's language, and the
 * export's words and CSV headers (the records' own values as they are).
 */
import { describe, expect, it } from 'vitest';
import { exercises } from '@/data/exercises';
import { incidents } from '@/data/incidents';
import { sources } from '@/data/sources';
import { states } from '@/data/states';
import { casualtiesText } from '@/lib/casualtyStatements';
import { localizeMapData } from './localizeMapData';
import { selectMapData, summarizeMapData } from './mapData';
import { mapExportColumns, mapExportRows, mapFrameSpec, type MapExportInput } from './mapExport';
import { contextTooltip, eventMarkerName, stateShapeName, stateStatusInYear, troopsText } from './mapLabels';
import { serverMapText } from './serverMapText.server';
import { eventsUpTo, exercisesShown, legendCounts, statusesInYear } from './mapModel';
import { searchStates } from './searchStates';
import type { MapExerciseInfo } from './types';
import { ALL_KINDS, ALL_LAYERS } from './urlState';

const data = selectMapData({ states, exercises, incidents, sources, asOfDate: '2025-09-01', currentYear: 2026 });
const ru = serverMapText('ru');
const zh = serverMapText('zh');

describe('Find a state on a Russian or Chinese page', () => {
  const ruStates = summarizeMapData(data, 'ru').states;
  const zhStates = summarizeMapData(data, 'zh').states;
  const first = (list: typeof ruStates, q: string, compare = ru.compare) => searchStates(list, q, 8, compare)[0]?.id;

  it('finds Kazakhstan by its Russian name, the start of it, its English name and its codes', () => {
    expect(first(ruStates, 'Казахстан')).toBe('KAZ');
    expect(first(ruStates, 'казах')).toBe('KAZ');
    expect(first(ruStates, 'Kazakhstan')).toBe('KAZ');
    expect(first(ruStates, 'kz')).toBe('KAZ');
    expect(first(ruStates, 'KAZ')).toBe('KAZ');
  });

  it('finds Kazakhstan by its Chinese name, and shows it under that name', () => {
    expect(first(zhStates, '哈萨克斯坦', zh.compare)).toBe('KAZ');
    expect(first(zhStates, '哈萨克', zh.compare)).toBe('KAZ');
    expect(zhStates.find((s) => s.id === 'KAZ')?.name).toBe('哈萨克斯坦');
  });

  it('shows the SCO’s own Russian name of Kyrgyzstan and still finds the common one', () => {
    expect(ruStates.find((s) => s.id === 'KGZ')?.name).toBe('Кыргызстан');
    expect(first(ruStates, 'Кыргызстан')).toBe('KGZ');
    expect(first(ruStates, 'Киргизия')).toBe('KGZ');
  });

  it('lists the states in the order of their Russian names', () => {
    const names = ruStates.map((s) => s.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('ru').compare));
    // "стан" is inside each of these names, so they tie and come in Russian alphabetical order.
    const found = searchStates(ruStates, 'стан', 8, ru.compare).map((s) => s.name);
    expect(found.length).toBeGreaterThan(2);
    expect(found).toEqual([...found].sort(new Intl.Collator('ru').compare));
  });
});

describe('names and figures of the map in the page’s language', () => {
  it('names a state’s shape and its status in Russian and Chinese', () => {
    expect(stateShapeName(ru, 'Казахстан', 'member')).toBe('Казахстан, государство-член');
    expect(stateStatusInYear(ru, 'Индия', undefined, 2001)).toMatch(/^Индия: .*2001/);
    expect(stateShapeName(zh, '哈萨克斯坦', 'member')).toMatch(/^哈萨克斯坦.*成员国/);
  });

  it('gives the data’s state names and months in the locale, and leaves the event’s name as written', () => {
    const local = localizeMapData(data, 'ru');
    expect(local.names.CHN).toBe('Китай');
    const pm2007 = local.exercises.find((e) => e.id === 'peace-mission-2007');
    expect(pm2007?.name).toBe('Peace Mission 2007');
    expect(pm2007?.month).toMatch(/август.* 2007/);
    const place = pm2007?.places[0];
    if (!pm2007 || !place) throw new Error('Peace Mission 2007 is not in the data');
    expect(eventMarkerName(ru, pm2007, place, local.names)).toMatch(/^Peace Mission 2007, \w+, (Китай|Россия), август 2007/);
    expect(localizeMapData(data, 'zh').exercises.find((e) => e.id === 'peace-mission-2007')?.month).toBe('2007年8月');
  });

  it('writes troop numbers with the locale’s grouping', () => {
    const e: MapExerciseInfo = { ...(data.exercises[0] as MapExerciseInfo), troops: [{ value: 10000, qualifier: 'exact' }] };
    expect(troopsText(ru, e)).toBe('военнослужащих: 10\u00a0000');
    expect(troopsText(serverMapText('en'), e)).toBe('10,000 troops');
  });

  it('says an incident’s casualties in Russian', () => {
    const withFigures = data.incidents.find((i) => i.casualties.some((c) => c.killed));
    if (!withFigures) throw new Error('no incident with figures');
    const text = casualtiesText(ru, withFigures, localizeMapData(data, 'ru').names);
    expect(text).toMatch(/\p{Script=Cyrillic}/u);
    expect(text).not.toMatch(/\bkilled\b|\binjured\b/);
  });
});

describe('a map export on a Russian or Chinese page', () => {
  const year = 2017;
  const input = (locale: 'ru' | 'zh'): MapExportInput => {
    const local = localizeMapData(data, locale);
    return {
      data: local,
      year,
      layers: ALL_LAYERS,
      kinds: ALL_KINDS,
      counts: legendCounts(local.states, year, local.asOf),
      statuses: statusesInYear(local.states, year, local.asOf),
      exercises: exercisesShown(local.exercises, year, ALL_KINDS),
      incidents: eventsUpTo(local.incidents, year),
      judgedText: '',
    };
  };

  it('heads the CSV in Russian and keeps the records’ values as they are', () => {
    expect(mapExportColumns(ru).map((c) => c.label)).toEqual(['Тип', 'Название', 'Код или идентификатор', 'Статус, вид или стороны', 'Дата', 'Места (для государств — столица)', 'Размер метки определяет', 'Численность войск или потери']);
    const rows = mapExportRows(input('ru'), ru);
    const kaz = rows.find((r) => r.code === 'KAZ');
    expect(kaz).toMatchObject({ type: 'Государство', name: 'Казахстан', statusOrKind: 'Государство-член' });
    const pm = mapExportRows({ ...input('ru'), year: 2007, exercises: exercisesShown(input('ru').data.exercises, 2007, ALL_KINDS) }, ru).find((r) => r.code === 'peace-mission-2007');
    expect(pm).toMatchObject({ name: 'Peace Mission 2007', type: 'Совместное учение' });
  });

  it('titles the figure in the page’s language and links its own language’s map', () => {
    const spec = mapFrameSpec(input('zh'), zh);
    expect(spec.title).toMatch(/\p{Script=Han}/u);
    expect(spec.title).toContain('2017');
    expect(spec.legend.map((l) => l.label)).toContain('成员国');
    expect(spec.url).toBe('/zh/');
    expect(mapFrameSpec(input('ru'), ru).subtitle).toMatch(/Государства-члены: 8/);
  });
});

describe('the countries around the map’s states', () => {
  it('are named in the page’s language, and only those without a code of their own stay English', () => {
    expect(contextTooltip(ru, 'Germany')).toMatchObject({ title: 'Германия' });
    expect(contextTooltip(ru, 'Germany').titleLang).toBeUndefined();
    expect(contextTooltip(zh, 'Bosnia and Herz.').title).toBe('波斯尼亚和黑塞哥维那');
    expect(contextTooltip(ru, 'Somaliland')).toMatchObject({ title: 'Somaliland', titleLang: 'en' });
    expect(contextTooltip(serverMapText('en'), 'Germany')).toEqual({ title: 'Germany', lines: ['No SCO status'] });
  });
});

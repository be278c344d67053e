/**
 * The charts in Russian and Chinese, on the real datasets: what a reader of /ru/ or /zh/ sees in
 * the titles, labels, legends, axes, tooltips, table headers and links, and the Export menu's
 * words. English is covered by each chart's own tests.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { exercises } from '@/data/exercises';
import { milestones } from '@/data/milestones';
import { ratsFigures } from '@/data/ratsFigures';
import { states } from '@/data/states';
import { terrorismStats } from '@/data/terrorismStats';
import { exportMenuWords } from '@/components/export/exportWords';
import { formatMessage } from '@/lib/messages/compiled';
import { chartListing } from './chartWords';
import { labelBins, yearBins } from './ExercisesByYear/exercisesByYearState';
import { labelYears, lanes, toLaneRows, yearCounts } from './Membership/membershipState';
import { milestonePoints, milestoneTips, toRows as milestoneRows } from './Milestones/milestonesState';
import { DataTable } from './shared/DataTable';
import { ratsGroups, ratsLayout } from './RatsFigures/ratsFiguresState';
import { serverContext } from './shared/serverContext';
import { terrorismFrameSpec, terrorismLayout, terrorismPanels, terrorismTips, toRows } from './Terrorism2020/terrorism2020State';

const ru = serverContext('ru');
const zh = serverContext('zh');
const bar = (ctx: typeof ru, id: string) => terrorismPanels(terrorismStats, ctx, { otherYears: false }).flatMap((p) => p.bars).find((b) => b.id === id);

describe('the terrorism 2020 chart in Russian', () => {
  const spec = terrorismFrameSpec(terrorismStats, ru, { otherYears: false });

  it('has its title, legend, source line and link in Russian', () => {
    expect(spec.title).toBe('Статистика терроризма за 2020 год: что учитывала каждая страна');
    expect(spec.legend.map((l) => l.label)).toContain('Часть года (период указан на столбце)');
    expect(spec.sourceLine).toMatch(/^Источник: /);
    expect(spec.url).toBe('/ru/charts/terrorism-2020/');
  });

  it('writes each bar with the Russian qualifier, period and country, and the other source’s number on the flag', () => {
    const tajik = bar(ru, 'tjk-2020-h1-suspects-arrested');
    expect(tajik?.countryName).toBe('Таджикистан');
    expect(tajik?.label).toBe('более 200 · январь — июнь 2020 г.');
    expect(bar(ru, 'rus-2020-terrorist-attacks-prevented')?.flagText).toBe('спорно: 44');
    const layout = terrorismLayout(terrorismPanels(terrorismStats, ru, { otherYears: false }), 'full', 'ru');
    const russia = layout.panels.flatMap((p) => p.bars).find((b) => b.id === 'rus-2020-terrorist-attacks-prevented');
    expect(russia?.name).toMatch(/^Россия, /);
  });

  it('sorts countries by their Russian names', () => {
    const arrests = terrorismPanels(terrorismStats, ru, { otherYears: false }).find((p) => p.metric === 'suspectsArrested');
    const names = arrests?.bars.map((b) => b.countryName) ?? [];
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'ru')));
    expect(names[0]).toBe('Кыргызстан');
  });

  it('heads the table and the CSV in Russian, values as they are', () => {
    const data = toRows(terrorismPanels(terrorismStats, ru, { otherYears: false }), ru);
    expect(data.columns.map((c) => c.label).slice(0, 4)).toEqual(['Показатель', 'Страна', 'Период', 'Значение']);
    expect(data.rows.find((r) => r.country === 'Таджикистан' && r.value === 200)?.stated).toBe('более 200');
  });

  it('labels tooltip lines in Russian', () => {
    const tips = terrorismTips(terrorismPanels(terrorismStats, ru, { otherYears: false }), ru);
    expect(tips['tjk-2020-h1-suspects-arrested']?.lines).toContain('Период: январь — июнь 2020 г.');
  });
});

describe('the terrorism 2020 chart in Chinese', () => {
  it('has its legend in Chinese and periods written as Chinese writes a span', () => {
    const spec = terrorismFrameSpec(terrorismStats, zh, { otherYears: false });
    expect(spec.legend.map((l) => l.label)).toEqual(['2020年全年', '年内部分时期（时期标于条形上）', '有争议：来源说法不一', '其他来源中的数值']);
    expect(bar(zh, 'tjk-2020-h1-suspects-arrested')?.label).toBe('超过200 · 2020年1月至6月');
    expect(spec.url).toBe('/zh/charts/terrorism-2020/');
  });
});

describe('the RATS chart in Russian', () => {
  it('groups the digits of figures and axis ticks the Russian way', () => {
    const groups = ratsGroups(ratsFigures, { allMetrics: false }, 'ru');
    const layout = ratsLayout(groups, ru, 'full', 'ru');
    expect(layout.ticks.map((t) => t.label)).toContain('10\u00a0000');
    const contested = groups.flatMap((g) => g.points).filter((p) => p.contested).map((p) => p.valueText);
    expect(contested).toContain('более 45\u00a0000');
  });
});

describe('the membership chart in Russian and Chinese', () => {
  it('counts with the language’s plural forms and names the states in it', () => {
    const years = labelYears(yearCounts(states, ru.asOf), 'ru');
    expect(years.find((y) => y.year === 2017)?.labels.members).toBe('8 государств-членов');
    expect(years.find((y) => y.year === 2017)?.labels.observer).toBe('4 государства-наблюдателя');
    const rows = toLaneRows(lanes(states, ru.asOf, 'ru'), ru).rows;
    expect(rows.some((r) => r.state === 'Индия' && r.from === '9 июня 2017 г.')).toBe(true);
    expect(labelYears(yearCounts(states, zh.asOf), 'zh').find((y) => y.year === 2017)?.name).toBe('2017年：8个成员国、4个观察员国、6个对话伙伴');
  });
});

describe('the exercises and milestones charts in Russian', () => {
  it('sums up a year in Russian', () => {
    const bins = labelBins(yearBins(exercises, 2025), 'ru');
    expect(bins.find((b) => b.year === 2009)?.name).toBe('2009: 2 учения (1 военное, 1 правоохранительное)');
  });
  it('dates milestones in Russian, keeps their English titles, and links their bibliography entries under /ru/', () => {
    const points = milestonePoints(milestones, ru, { allKinds: false });
    expect(points[0]?.dateText).toBe('26 апреля 1996 г.');
    expect(points[0]?.name).toMatch(/^26 апреля 1996 г\.: Agreement on Confidence Building .*\(Документ\)/);
    const tips = milestoneTips(points, ru);
    expect(Object.values(tips).some((t) => t.lines.some((l) => l.startsWith('Источники: ')))).toBe(true);
  });
  it('marks the titles kept in English as English in the Russian table, and only there', () => {
    const data = milestoneRows(milestonePoints(milestones, ru, { allKinds: false }), ru);
    const html = renderToStaticMarkup(createElement(DataTable, { data, locale: 'ru' }));
    expect(html).toMatch(/<td lang="en">Agreement on Confidence Building/);
    expect(html).toMatch(/<th scope="row">26 апреля 1996 г\.<\/th>/);
    expect(renderToStaticMarkup(createElement(DataTable, { data, locale: 'en' }))).not.toContain('lang=');
  });
});

describe('chart listings and the Export menu', () => {
  it('lists the charts by their Russian and Chinese titles', () => {
    expect(chartListing('ru').map((c) => c.title)).toContain('Статистика терроризма за 2020 год: что учитывала каждая страна');
    expect(chartListing('zh').find((c) => c.id === 'membership')?.title).toMatch(/^上合组织/);
  });
  it('hands the menu its words in the page’s language, the status messages compiled', () => {
    const words = exportMenuWords('ru');
    expect(words.button).toBe('Экспорт');
    expect(words.items.csv.description).toBe('Показанные данные, для Excel');
    expect(formatMessage(words.asOf, 'ru', { date: '1 сентября 2025 г.' })).toBe('Данные на 1 сентября 2025 г.');
    expect(exportMenuWords('zh').button).toBe('导出');
  });
});

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '@/components/charts/chartIds';
import { DATASETS } from '@/data/registry';
import { files, pathInLocale, paths } from './paths';

describe('paths', () => {
  it('keeps the static export’s trailing slash, so a link never meets a redirect', () => {
    expect(paths.home()).toBe('/');
    expect(paths.chart('membership')).toBe('/charts/membership/');
    expect(paths.embedSlide('milestones')).toBe('/embed/milestones/slide/');
    expect(paths.presentEdit()).toBe('/present/edit/');
  });

  it('adds the query in any form it is given, and an encoded anchor', () => {
    expect(paths.chart('membership', { query: { year: '2017' } })).toBe('/charts/membership/?year=2017');
    expect(paths.home({ query: '?year=2001&focus=KGZ' })).toBe('/?year=2001&focus=KGZ');
    expect(paths.present({ query: new URLSearchParams([['slide', '4']]) })).toBe('/present/?slide=4');
    expect(paths.home({ query: '' })).toBe('/');
    expect(paths.sources({ hash: 'tass 2020' })).toBe('/sources/#tass%202020');
  });

  it('puts Russian and Chinese pages under their code, English at the root', () => {
    expect(paths.home({ locale: 'ru' })).toBe('/ru/');
    expect(paths.chart('membership', { locale: 'zh', query: { year: '2017' } })).toBe('/zh/charts/membership/?year=2017');
    expect(paths.dataset('exercises', { locale: 'en' })).toBe('/data/exercises/');
  });

  it('finds the same page in another language, from the address bar’s path', () => {
    expect(pathInLocale('/ru/charts/membership/', 'zh')).toBe('/zh/charts/membership/');
    expect(pathInLocale('/ru/', 'en')).toBe('/');
    expect(pathInLocale('/ru', 'en')).toBe('/');
    expect(pathInLocale('/', 'ru')).toBe('/ru/');
    expect(pathInLocale('/data/exercises', 'zh')).toBe('/zh/data/exercises/');
    expect(pathInLocale('/present/?deck=1~d3#x', 'ru')).toBe('/ru/present/');
    // A path that only starts with the letters of a locale is not in it.
    expect(pathInLocale('/russia/', 'en')).toBe('/russia/');
  });

  it('serves files from the same place in every locale', () => {
    expect(files.dataset('exercises', 'csv')).toBe('/data/exercises.csv');
    expect(files.citations('en')).toBe('/data/citations.json');
    expect(files.citations('zh')).toBe('/data/zh/citations.json');
    // A dataset's CSV with the headers in a language: English's is the one linked from everywhere.
    expect(files.datasetIn('exercises', 'en')).toBe('/data/exercises.csv');
    expect(files.datasetIn('exercises', 'ru')).toBe('/data/ru/exercises.csv');
  });

  it('names a page the build writes, for every chart and dataset', () => {
    const out = join(process.cwd(), 'out');
    if (!existsSync(join(out, 'index.html'))) {
      console.log('paths.test: no build in out/ (run `npm run build`): only the path shapes were checked');
      return;
    }
    const pages = [
      paths.home(), paths.charts(), paths.data(), paths.sources(), paths.contested(), paths.present(), paths.presenter(),
      paths.presentEdit(), paths.embedMap(),
      ...CHART_IDS.flatMap((id) => [paths.chart(id), paths.embed(id), paths.embedSlide(id)]),
      ...DATASETS.map((d) => paths.dataset(d.id)),
    ];
    const inEveryLocale = pages.flatMap((p) => [p, pathInLocale(p, 'ru'), pathInLocale(p, 'zh')]);
    const missing = inEveryLocale.filter((p) => !existsSync(join(out, p, 'index.html')));
    expect(missing).toEqual([]);
    const dataFiles = readdirSync(join(out, 'data'));
    for (const d of DATASETS) expect(dataFiles).toContain(files.dataset(d.id, 'csv').slice('/data/'.length));
    for (const locale of ['ru', 'zh'] as const) {
      const localeFiles = [...DATASETS.map((d) => files.datasetIn(d.id, locale)), files.citations(locale)];
      expect(localeFiles.filter((f) => !existsSync(join(out, f)))).toEqual([]);
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { DatasetId } from '@/data/registry';
import { compileMessages } from '@/lib/messages/compile.server';
import { data } from '@/locales/en/data';
import { data as ruData } from '@/locales/ru/data';
import { data as zhData } from '@/locales/zh/data';
import { citedBySummary } from './citedBy';

type Words = typeof data | typeof ruData | typeof zhData;

function summarise(words: Words, locale: 'en' | 'ru' | 'zh') {
  const { citedByNone, citedByIn, citedByOneIn, citedByAcross, datasetShare } = words.sourcesPage;
  const templates = compileMessages({ citedByNone, citedByIn, citedByOneIn, citedByAcross, datasetShare });
  const datasets = words.datasets as Record<DatasetId, { title: string }>;
  return (counts: Parameters<typeof citedBySummary>[0]) => citedBySummary(counts, templates, datasets, locale);
}

describe('citedBySummary', () => {
  const summary = summarise(data, 'en');
  it('names the one dataset whose figures cite the source', () => {
    expect(summary({ exercises: 1 })).toBe('Cited by 1 figure in Joint exercises');
    expect(summary({ states: 2 })).toBe('Cited by 2 figures in States');
  });
  it('counts the figures of each dataset when several cite it, in the order given', () => {
    expect(summary({ states: 3, milestones: 1 })).toBe('Cited by 4 figures: 3 in States, 1 in Milestones');
  });
  it('says so when nothing cites it', () => {
    expect(summary({})).toBe('No figure cites this source yet.');
  });
  it('declines the count in Russian and lists the datasets in Chinese', () => {
    const ru = summarise(ruData, 'ru');
    expect(ru({ exercises: 21 })).toBe('Используется в 21 показателе набора «Совместные учения»');
    expect(ru({ states: 3, milestones: 2 })).toBe('Используется в 5 показателях: Государства: 3, Вехи: 2');
    expect(summarise(zhData, 'zh')({ states: 3, milestones: 1 })).toBe(
      `被4项数据引用：${zhData.datasets.states.title}3项、${zhData.datasets.milestones.title}1项`,
    );
  });
});

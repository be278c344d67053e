/**
 * Small records for the charts' unit tests, shaped like the real ones (figures from the seed
 * article and the researched facts). Tests of behaviour on the real datasets import data/ directly.
 */
import type { Source, TerrorismStat } from '@/data/schema';
import type { ChartContext } from './chartContext';

export const SOURCES: Source[] = [
  {
    id: 'seed',
    title: 'Security Cooperation of the SCO',
    authors: ['Su Chang', 'Li Xinwei'],
    publisher: 'China International Studies (English edition), China Institute of International Studies',
    date: '2021',
    url: 'http://ciisjournal.com/',
    kind: 'article',
    description: 'The article.',
  },
  {
    id: 'tass-2020-nac',
    title: 'NAC: 61 terror crimes prevented',
    publisher: 'TASS',
    date: '2020-12-08',
    url: 'https://tass.com/society/1232511',
    kind: 'news',
    description: 'NAC year-end figures.',
  },
  {
    id: 'urdupoint-2021-nac',
    title: 'Total of 44 terrorist attacks were prevented',
    publisher: 'UrduPoint',
    date: '2021-04-20',
    url: 'https://www.urdupoint.com/en/world/total-of-44-terrorist-attacks-were-prevented-1228944.html',
    kind: 'news',
    description: 'NAC April 2021 figures.',
  },
  {
    id: 'sputnik-uz-2021',
    title: 'SGB: 4 terrorist acts prevented',
    publisher: 'Sputnik Uzbekistan',
    date: '2021-04-05',
    url: 'https://sputniknews.uz/amp/20210405/dxx-otgan-yili-4-ta-terrorchilik-aktining-oldi-oldi-18148384.html',
    kind: 'news',
    description: 'Uzbek SGB figures.',
  },
];

export const CTX: ChartContext = {
  locale: 'en',
  sources: SOURCES,
  countryNames: { RUS: 'Russia', UZB: 'Uzbekistan', KGZ: 'Kyrgyzstan', TJK: 'Tajikistan', KAZ: 'Kazakhstan' },
  asOf: '2025-09-01',
};

const seedRef = (quote: string) => ({ sourceId: 'seed', quote });
const YEAR_2020 = { from: '2020-01-01', to: '2020-12-31', label: '2020' };

type StatFields = Pick<TerrorismStat, 'id' | 'country' | 'metric' | 'value'> & Partial<TerrorismStat>;

export function stat(fields: StatFields): TerrorismStat {
  return {
    qualifier: 'exact',
    period: YEAR_2020,
    fromSeed: true,
    sources: [seedRef('In 2020 …')],
    confidence: 'seed',
    ...fields,
  };
}

export const TERRORISM: TerrorismStat[] = [
  stat({ id: 'rus-2020-crimes', country: 'RUS', metric: 'terroristCrimesStopped', value: 61, sources: [seedRef('stopped 61 terrorist crimes')], confidence: 'sourced' }),
  stat({
    id: 'rus-2020-attacks',
    country: 'RUS',
    metric: 'terroristAttacksPrevented',
    value: 41,
    partOf: 'rus-2020-crimes',
    confidence: 'conflicting',
    claims: [
      { field: 'value', value: '41', source: seedRef('including 41 terrorist attacks') },
      { field: 'value', value: '44', source: { sourceId: 'urdupoint-2021-nac', quote: 'a total of 44 terrorist attacks' } },
    ],
  }),
  stat({
    id: 'uzb-2020-operations',
    country: 'UZB',
    metric: 'extremistOperationsStopped',
    value: 4,
    confidence: 'conflicting',
    claims: [
      { field: 'metric', value: 'four extremist operations cracked down', source: seedRef('cracked down on four extremist operations') },
      { field: 'metric', value: '4 terrorist acts prevented (2 abroad)', source: { sourceId: 'sputnik-uz-2021', locator: 'paragraph 2' } },
    ],
  }),
  stat({ id: 'uzb-2020-arrests', country: 'UZB', metric: 'suspectsArrested', value: 100 }),
  stat({ id: 'kgz-2020-attacks', country: 'KGZ', metric: 'terroristAttacksPrevented', value: 2 }),
  stat({ id: 'kgz-2020-arrests', country: 'KGZ', metric: 'suspectsArrested', value: 29 }),
  stat({
    id: 'tjk-2020h1-acts',
    country: 'TJK',
    metric: 'criminalActsRegistered',
    value: 875,
    period: { from: '2020-01', to: '2020-06', label: 'January–June 2020' },
  }),
  stat({
    id: 'tjk-2020h1-arrests',
    country: 'TJK',
    metric: 'suspectsArrested',
    value: 200,
    qualifier: 'moreThan',
    period: { from: '2020-01', to: '2020-06', label: 'January–June 2020' },
  }),
  stat({
    id: 'tjk-2020h1-attacks',
    country: 'TJK',
    metric: 'terroristAttacksPrevented',
    value: 2,
    period: { from: '2020-01', to: '2020-06', label: 'January–June 2020' },
  }),
  stat({
    id: 'kaz-2020-crimes',
    country: 'KAZ',
    metric: 'terroristCrimesRegistered',
    value: 33,
    period: { from: '2020-01', to: '2020-07', label: 'January–July 2020' },
  }),
  stat({
    id: 'rus-2019-attacks',
    country: 'RUS',
    metric: 'terroristAttacksPrevented',
    value: 34,
    fromSeed: false,
    period: { from: '2019', to: '2019', label: '2019' },
    sources: [{ sourceId: 'tass-2020-nac', locator: 'paragraph 3' }],
    confidence: 'sourced',
  }),
];

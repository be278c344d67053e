import type { Source } from '../schema';

/** Id of the article the project started from. Cite it as `{ sourceId: SEED, quote: '…' }`. */
export const SEED = 'seed';

export const seedSources = [
  {
    id: SEED,
    title:
      'Security Cooperation of the Shanghai Cooperation Organization: Achievements, Challenges and Paths for Further Development',
    publisher: 'Su Chang & Li Xinwei, China International Studies (English)',
    date: '2021',
    file: 'shared/seeds/000_dd2eda9110ea1b46.txt',
    kind: 'article',
    description:
      'Journal article reviewing two decades of SCO security cooperation; the source of the 2020 terrorism statistics, the RATS database figure and the documents timeline.',
  },
] satisfies Source[];

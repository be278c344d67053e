import type { Source } from '../schema';

/** Id of the article the project started from. Cite it as `{ sourceId: SEED, quote: '…' }`. */
export const SEED = 'seed';

export const seedSources = [
  {
    id: SEED,
    title:
      'Security Cooperation of the Shanghai Cooperation Organization: Achievements, Challenges and Paths for Further Development',
    authors: ['Su Chang', 'Li Xinwei'],
    publisher: 'China International Studies (English edition), China Institute of International Studies',
    date: '2021',
    // The journal's own site; no DOI or page of the article itself was found.
    url: 'http://ciisjournal.com/',
    kind: 'article',
    description:
      'Journal article reviewing two decades of SCO security cooperation; the source of the 2020 terrorism statistics, the RATS database figure and the documents timeline.',
  },
] satisfies Source[];

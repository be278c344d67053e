/**
 * Every state that has been a Shanghai Five member, SCO member, observer, dialogue partner or
 * partner, with its capital and the statuses it has held.
 *
 * Status periods run from `from` to the exclusive `to` (the day the next status began), each as
 * precise as its sources. On 1 September 2025 the Tianjin summit merged observers and dialogue
 * partners into the single category of partner, so every observer or dialogue partner still in
 * that status opens a `partner` period that day. Turkmenistan, only ever a guest, is not listed.
 */
import type { SourceRef, State, StatusPeriod } from './schema';
import { CAPITALS_CSV, GEONAMES } from './sources/gazetteers';
import { SEED } from './sources/seed';

type Capital = State['capital'];

/** A capital placed at its GeoNames town centre (cities15000). */
function geonamesCapital(name: string, geonameid: number, lat: number, lon: number): Capital {
  return {
    name,
    coord: {
      lat,
      lon,
      precision: 'town',
      basis: `GeoNames town centre of ${name}`,
      source: { sourceId: GEONAMES, locator: `cities15000.txt, geonameid ${geonameid}` },
    },
  };
}

/** A capital placed at the point of the techslides country-capitals table. */
function tableCapital(country: string, name: string, lat: number, lon: number): Capital {
  return {
    name,
    coord: {
      lat,
      lon,
      precision: 'town',
      basis: 'capital city point, techslides country-capitals table',
      source: { sourceId: CAPITALS_CSV, locator: `country-capitals.csv, row ${country} / ${name}` },
    },
  };
}

// ---- References shared by several states ----------------------------------------------------

const PHOTIUS_1996: SourceRef = {
  sourceId: 'photius-sco-chronology',
  quote:
    'April 26 - Heads of Kazakhstan, Kyrgyzstan, China, Russia and Tajikistan at the summit talks in Shanghai signed the Agreement on deepening military trust in border regions.',
};
const MOVATTER_1996: SourceRef = {
  sourceId: 'movatter-wikipedia-sco',
  locator: 'history section: Shanghai Five formed in Shanghai on 26 April 1996',
};
const FOUNDED_2001: SourceRef = {
  sourceId: 'headpost-2024-belarus-10th-member',
  quote:
    'The Shanghai Co-operation Organisation was founded on June 15 2001 by the leaders of Kazakhstan, Kyrgyzstan, China, Russia, Tajikistan and Uzbekistan.',
};
const WIKIEN4_2001: SourceRef = {
  sourceId: 'wikien4-wikipedia-sco',
  locator: 'introduction: Declaration on the Establishment of the SCO signed in Shanghai on 15 June 2001',
};
const SEED_DECLARATION: SourceRef = {
  sourceId: SEED,
  quote:
    'The Declaration on the Establishment of the SCO, signed by China, Russia and other SCO member states in June 2001, stresses',
};
const HINDU_2005: SourceRef = {
  sourceId: 'thehindu-2005-india-observer',
  quote:
    'The three countries will be granted observer status in the Shanghai Cooperation Organisation at its summit in Astana, capital of Kazakhstan, on July 5-6.',
};
const LATESTLY_2005: SourceRef = {
  sourceId: 'latestly-2018-peace-mission',
  quote: 'were admitted as observers in 2005',
};
const JOINED_2017: SourceRef = {
  sourceId: 'headpost-2024-belarus-10th-member',
  quote: 'On June 9 2017, India and Pakistan joined the association on equal rights, and Iran joined on July 4 2023.',
};
const WIKIEN4_2017: SourceRef = {
  sourceId: 'wikien4-wikipedia-sco',
  locator: 'membership section: India and Pakistan full members at the Astana summit, 9 June 2017',
};
const SEED_2017: SourceRef = {
  sourceId: SEED,
  quote: 'In June 2017, with the accession of India and Pakistan, the number of SCO member states increased to eight.',
};
const GOVERNANCETODAY_2015: SourceRef = {
  sourceId: 'governancetoday-2019-sary-arka',
  locator: 'background paragraph: India and Pakistan “admitted” in 2015',
};
const UFA_2015: SourceRef = {
  sourceId: 'massispost-2015-ufa-dialogue-partners',
  quote: 'the one-day summit held on July 10',
};
const UFA_PUTIN_2015: SourceRef = {
  sourceId: 'armenianclub-2015-ufa-dialogue-partners',
  quote: 'Azerbaijan, Armenia, Cambodia, and Nepal have joined the SCO family as partners in dialogue',
};
const ZEENEWS_2012: SourceRef = {
  sourceId: 'zeenews-2012-afghanistan-turkey',
  quote:
    'The Shanghai Cooperation Organization (SCO) has decided to grant Afghanistan observer status, and accept Turkey as a dialogue partner, Chinese President Hu Jintao said on Thursday.',
};
const XINHUA_SAMARKAND: SourceRef = {
  sourceId: 'peoplecn-2022-samarkand-summit',
  locator: 'Xinhua summit report of 16 September 2022: “reached agreement on admitting” new dialogue partners',
};
const TASS_SAMARKAND_PROCEDURE: SourceRef = {
  sourceId: 'tass-2022-samarkand-partner-procedures',
  locator: 'report of 13 September 2022: decision “to launch a procedure” for the new dialogue partners',
};
const ADDU_SAMARKAND: SourceRef = {
  sourceId: 'timesofaddu-2022-maldives-partner',
  locator: 'status granted in the Samarkand Declaration of 15 September 2022',
};
const SPUTNIK_2023_LIST: SourceRef = {
  sourceId: 'sputnikglobe-2023-sco-expansion',
  locator: 'list of dialogue partners as of July 2023',
};

const TIANJIN: SourceRef = {
  sourceId: 'tass-2025-tianjin-partner-category',
  quote:
    'A decision was made to unify the SCO observer states and dialogue partners into a single category of SCO partners.',
};
const TIANJIN_LIST: SourceRef = {
  sourceId: 'tass-2025-tianjin-partner-category',
  quote:
    'It also included two observer countries - Afghanistan and Mongolia - and 14 dialogue partners, including Azerbaijan, Armenia, Bahrain, Egypt, Cambodia, Qatar, Kuwait, the Maldives, Myanmar, Nepal, the UAE, Saudi Arabia, Turkey, and Sri Lanka.',
};

// ---- Periods shared by several states --------------------------------------------------------

const SHANGHAI_FIVE: StatusPeriod = {
  status: 'shanghaiFive',
  from: '1996-04-26',
  to: '2001-06-15',
  sources: [PHOTIUS_1996, MOVATTER_1996],
  confidence: 'sourced',
};
const FOUNDING_MEMBER: StatusPeriod = {
  status: 'member',
  from: '2001-06-15',
  sources: [WIKIEN4_2001, FOUNDED_2001, SEED_DECLARATION],
  confidence: 'sourced',
};
/** The single partner category from the Tianjin summit on. */
const TIANJIN_PARTNER: StatusPeriod = {
  status: 'partner',
  from: '2025-09-01',
  sources: [TIANJIN, TIANJIN_LIST],
  confidence: 'sourced',
};
const OBSERVER_2005_07: StatusPeriod = {
  status: 'observer',
  from: '2005-07',
  to: '2017-06-09',
  sources: [HINDU_2005, LATESTLY_2005],
  confidence: 'sourced',
  note: 'The decision was due at the Astana summit of 5–6 July 2005; the sources read do not give the day.',
};
const MEMBER_2017: StatusPeriod = {
  status: 'member',
  from: '2017-06-09',
  sources: [WIKIEN4_2017, JOINED_2017, SEED_2017],
  confidence: 'conflicting',
  claims: [
    { field: 'from', value: '2017-06-09', source: JOINED_2017 },
    { field: 'from', value: 'June 2017', source: SEED_2017 },
    { field: 'from', value: '2015 (“admitted” in 2015)', source: GOVERNANCETODAY_2015 },
  ],
  note: 'The Ufa summit of 10 July 2015 only began the accession procedure; one later page calls that the admission.',
};
const DIALOGUE_PARTNER_UFA: StatusPeriod = {
  status: 'dialoguePartner',
  from: '2015-07-10',
  to: '2025-09-01',
  sources: [UFA_2015, UFA_PUTIN_2015],
  confidence: 'sourced',
};
const DIALOGUE_PARTNER_SAMARKAND: StatusPeriod = {
  status: 'dialoguePartner',
  from: '2022-09-16',
  to: '2025-09-01',
  sources: [XINHUA_SAMARKAND, TASS_SAMARKAND_PROCEDURE, SPUTNIK_2023_LIST],
  confidence: 'conflicting',
  claims: [
    { field: 'from', value: '2022-09-16 (agreement on admitting, 22nd summit)', source: XINHUA_SAMARKAND },
    { field: 'from', value: '2022-09-15 (granted in the Samarkand Declaration)', source: ADDU_SAMARKAND },
    { field: 'from', value: 'procedure only launched at Samarkand', source: TASS_SAMARKAND_PROCEDURE },
  ],
  note: 'Sources differ on whether Samarkand granted the status or began the procedure; all list these states as dialogue partners by July 2023.',
};
const DIALOGUE_PARTNER_TASHKENT_2022: StatusPeriod = {
  status: 'dialoguePartner',
  from: '2022-09-14',
  to: '2025-09-01',
  sources: [
    {
      sourceId: 'newsghana-2022-egypt-qatar-partners',
      quote:
        'On September 14, 2022, in Tashkent, in preparation for the summit of the Shanghai Cooperation Organization, a ceremony of signing memoranda on granting the status of the SCO dialogue partner to the Arab Republic of Egypt and the State of Qatar was held,',
    },
  ],
  confidence: 'conflicting',
  claims: [
    {
      field: 'from',
      value: '2022-09-14 (memoranda signed in Tashkent)',
      source: { sourceId: 'newsghana-2022-egypt-qatar-partners', locator: 'Uzbek Foreign Ministry statement' },
    },
    {
      field: 'from',
      value: '2022-09-16 (memoranda signed at the Samarkand summit)',
      source: { sourceId: 'uzmetronom-2023-saudi-partner', locator: 'paragraph on the Egyptian, Qatari and Saudi memoranda' },
    },
    { field: 'from', value: '2022-09-16 (status granted at the 22nd summit)', source: XINHUA_SAMARKAND },
  ],
  note: 'The admission procedure began at the Dushanbe summit of September 2021.',
};

export const states = [
  // ---- Shanghai Five founders, SCO members from 2001 ----
  {
    id: 'CHN',
    name: 'China',
    capital: geonamesCapital('Beijing', 1816670, 39.9075, 116.39723),
    statusHistory: [SHANGHAI_FIVE, FOUNDING_MEMBER],
  },
  {
    id: 'RUS',
    name: 'Russia',
    capital: geonamesCapital('Moscow', 524901, 55.75222, 37.61556),
    statusHistory: [SHANGHAI_FIVE, FOUNDING_MEMBER],
  },
  {
    id: 'KAZ',
    name: 'Kazakhstan',
    capital: geonamesCapital('Astana', 1526273, 51.1801, 71.44598),
    statusHistory: [SHANGHAI_FIVE, FOUNDING_MEMBER],
  },
  {
    id: 'KGZ',
    name: 'Kyrgyzstan',
    capital: geonamesCapital('Bishkek', 1528675, 42.87, 74.59),
    statusHistory: [SHANGHAI_FIVE, FOUNDING_MEMBER],
  },
  {
    id: 'TJK',
    name: 'Tajikistan',
    capital: geonamesCapital('Dushanbe', 1221874, 38.53575, 68.77905),
    statusHistory: [SHANGHAI_FIVE, FOUNDING_MEMBER],
  },

  // ---- Members that joined later ----
  {
    id: 'UZB',
    name: 'Uzbekistan',
    capital: geonamesCapital('Tashkent', 1512569, 41.26465, 69.21627),
    statusHistory: [
      {
        ...FOUNDING_MEMBER,
        sources: [
          WIKIEN4_2001,
          FOUNDED_2001,
          { sourceId: SEED, quote: 'In 2001, Uzbekistan joined with equal status, and the SCO was established.' },
        ],
      },
    ],
  },
  {
    id: 'IND',
    name: 'India',
    capital: geonamesCapital('New Delhi', 1261481, 28.63576, 77.22445),
    statusHistory: [OBSERVER_2005_07, MEMBER_2017],
  },
  {
    id: 'PAK',
    name: 'Pakistan',
    capital: geonamesCapital('Islamabad', 1176615, 33.72148, 73.04329),
    statusHistory: [OBSERVER_2005_07, MEMBER_2017],
  },
  {
    id: 'IRN',
    name: 'Iran',
    capital: geonamesCapital('Tehran', 112931, 35.69439, 51.42151),
    statusHistory: [
      {
        status: 'observer',
        from: '2005',
        to: '2023-07-04',
        sources: [{ sourceId: 'opoyi-2022-sco-summit-attendees', locator: 'list of observers: Iran, observer since 2005' }, HINDU_2005],
        confidence: 'sourced',
        note: 'Candidacy for membership accepted at Dushanbe in September 2021; memorandum of obligations signed at Samarkand on 16 September 2022.',
      },
      {
        status: 'member',
        from: '2023-07-04',
        sources: [
          {
            sourceId: 'lokmattimes-2023-iran-full-member',
            quote:
              "Iran, one of India's neighbours in its extended neighbourhood, has formally become a full member of Shanghai Cooperation Organization (SCO).",
          },
          JOINED_2017,
          { sourceId: 'shafaqna-2023-iran-flag-sco', locator: 'flag ceremony for the ninth member, 4 July 2023' },
          { sourceId: 'movatter-wikipedia-sco', locator: 'membership section: Iran joined on 4 July 2023' },
        ],
        confidence: 'conflicting',
        claims: [
          { field: 'from', value: '2023-07-04', source: JOINED_2017 },
          {
            field: 'from',
            value: '2022-09-16 (listed among nine members)',
            source: { sourceId: 'sputnik-2022-samarkand-live', locator: 'live blog of 16 September 2022' },
          },
        ],
        note: 'The September 2022 listing came before the accession was completed at the virtual summit of 4 July 2023.',
      },
    ],
  },
  {
    id: 'BLR',
    name: 'Belarus',
    capital: geonamesCapital('Minsk', 625144, 53.9, 27.56667),
    statusHistory: [
      {
        status: 'dialoguePartner',
        from: '2009-06-16',
        to: '2015',
        sources: [
          { sourceId: 'interfax-2009-yekaterinburg-partners', locator: 'Medvedev’s announcement at the Yekaterinburg summit, 16 June 2009' },
          { sourceId: 'sputnikde-2009-fm-dialogue-partners', locator: 'foreign ministers’ decision of 15 May 2009' },
          { sourceId: 'revbel-2010-lukashenko-sco-summit', locator: 'memoranda signed shortly before June 2010' },
        ],
        confidence: 'conflicting',
        claims: [
          {
            field: 'from',
            value: '2009-06-16 (decided at the Yekaterinburg summit)',
            source: { sourceId: 'interfax-2009-yekaterinburg-partners', locator: 'summit report, 16 June 2009' },
          },
          {
            field: 'from',
            value: '2010',
            source: {
              sourceId: 'headpost-2024-belarus-10th-member',
              quote: 'Belarus became a dialogue partner in the SCO in 2010 and an observer state in 2015.',
            },
          },
          {
            field: 'from',
            value: '2010',
            source: { sourceId: 'opoyi-2022-sco-summit-attendees', locator: 'Belarus: dialogue partner status in 2010' },
          },
        ],
        note: 'Decided in June 2009; the memoranda that completed it were signed in 2010, the year later pages give.',
      },
      {
        status: 'observer',
        from: '2015',
        to: '2024-07-04',
        sources: [
          {
            sourceId: 'headpost-2024-belarus-10th-member',
            quote: 'Belarus became a dialogue partner in the SCO in 2010 and an observer state in 2015.',
          },
          { sourceId: 'opoyi-2022-sco-summit-attendees', locator: 'Belarus: applied 2012, observer status received 2015' },
        ],
        confidence: 'sourced',
        note: 'Accession procedure begun at Samarkand on 16 September 2022; memorandum of obligations signed on 4 July 2023.',
      },
      {
        status: 'member',
        from: '2024-07-04',
        sources: [
          { sourceId: 'astanatimes-2024-belarus-10th-member', locator: 'report of the Astana summit, 4 July 2024' },
          { sourceId: 'shine-2024-belarus-member', locator: 'same-day report, 4 July 2024' },
          {
            sourceId: 'headpost-2024-belarus-10th-member',
            quote:
              'The number of member states of the Shanghai Co-operation Organisation (SCO) has become double-digit after Belarus joined as a full member.',
          },
        ],
        confidence: 'sourced',
      },
    ],
  },

  // ---- Observers until the Tianjin summit ----
  {
    id: 'MNG',
    name: 'Mongolia',
    capital: geonamesCapital('Ulaanbaatar', 2028462, 47.90771, 106.88324),
    statusHistory: [
      {
        status: 'observer',
        from: '2004',
        to: '2025-09-01',
        sources: [
          {
            sourceId: 'inform-2017-mongolia-president-astana',
            quote: 'Mongolia was the first country to be granted observer status at the Tashkent Summit back in 2004.',
          },
          {
            sourceId: 'urdupoint-2019-mongolia-full-member',
            quote: 'In 2004, Mongolia was the first country to be granted an observer status.',
          },
        ],
        confidence: 'sourced',
        note: 'The first observer state; the day of the decision was not found.',
      },
      TIANJIN_PARTNER,
    ],
  },
  {
    id: 'AFG',
    name: 'Afghanistan',
    capital: geonamesCapital('Kabul', 1138958, 34.52813, 69.17233),
    statusHistory: [
      {
        status: 'observer',
        from: '2012',
        to: '2025-09-01',
        sources: [ZEENEWS_2012],
        confidence: 'sourced',
        note: 'Announced after the 2012 Beijing summit; the day of the decision is not in the source read.',
      },
      TIANJIN_PARTNER,
    ],
  },

  // ---- Dialogue partners until the Tianjin summit ----
  {
    id: 'LKA',
    name: 'Sri Lanka',
    capital: {
      name: 'Sri Jayawardenepura Kotte',
      coord: {
        lat: 6.90278,
        lon: 79.90833,
        precision: 'town',
        basis:
          'GeoNames town centre of Sri Jayewardenepura Kotte, the official capital (the techslides capitals table gives Colombo instead)',
        source: { sourceId: GEONAMES, locator: 'cities15000.txt, geonameid 1238992' },
      },
    },
    statusHistory: [
      {
        status: 'dialoguePartner',
        from: '2009-06',
        to: '2025-09-01',
        sources: [
          { sourceId: 'priu-2009-sri-lanka-partner', locator: 'government news update of 17 June 2009' },
          { sourceId: 'interfax-2009-yekaterinburg-partners', locator: 'Medvedev’s announcement at the Yekaterinburg summit, 16 June 2009' },
          { sourceId: 'avim-sri-lanka-sco-participation', locator: 'bulletin item on Sri Lanka’s participation as a dialogue partner' },
        ],
        confidence: 'sourced',
      },
      TIANJIN_PARTNER,
    ],
  },
  {
    id: 'TUR',
    name: 'Turkey',
    capital: tableCapital('Turkey', 'Ankara', 39.93333333333333, 32.866667),
    statusHistory: [
      { status: 'dialoguePartner', from: '2012', to: '2025-09-01', sources: [ZEENEWS_2012], confidence: 'sourced' },
      TIANJIN_PARTNER,
    ],
  },
  {
    id: 'AZE',
    name: 'Azerbaijan',
    capital: tableCapital('Azerbaijan', 'Baku', 40.38333333333333, 49.866667),
    statusHistory: [DIALOGUE_PARTNER_UFA, TIANJIN_PARTNER],
  },
  {
    id: 'ARM',
    name: 'Armenia',
    capital: tableCapital('Armenia', 'Yerevan', 40.166666666666664, 44.5),
    statusHistory: [DIALOGUE_PARTNER_UFA, TIANJIN_PARTNER],
  },
  {
    id: 'KHM',
    name: 'Cambodia',
    capital: tableCapital('Cambodia', 'Phnom Penh', 11.55, 104.916667),
    statusHistory: [DIALOGUE_PARTNER_UFA, TIANJIN_PARTNER],
  },
  {
    id: 'NPL',
    name: 'Nepal',
    capital: tableCapital('Nepal', 'Kathmandu', 27.716666666666665, 85.316667),
    statusHistory: [DIALOGUE_PARTNER_UFA, TIANJIN_PARTNER],
  },
  {
    id: 'EGY',
    name: 'Egypt',
    capital: tableCapital('Egypt', 'Cairo', 30.05, 31.25),
    statusHistory: [DIALOGUE_PARTNER_TASHKENT_2022, TIANJIN_PARTNER],
  },
  {
    id: 'QAT',
    name: 'Qatar',
    capital: tableCapital('Qatar', 'Doha', 25.283333333333335, 51.533333),
    statusHistory: [DIALOGUE_PARTNER_TASHKENT_2022, TIANJIN_PARTNER],
  },
  {
    id: 'SAU',
    name: 'Saudi Arabia',
    capital: tableCapital('Saudi Arabia', 'Riyadh', 24.65, 46.7),
    statusHistory: [
      {
        status: 'dialoguePartner',
        from: '2022-09-16',
        to: '2025-09-01',
        sources: [
          { sourceId: 'uzmetronom-2023-saudi-partner', locator: 'memorandum signed at the Samarkand summit; approved by the Saudi cabinet in March 2023' },
          XINHUA_SAMARKAND,
        ],
        confidence: 'sourced',
        note: 'The Saudi cabinet approved the memorandum in March 2023.',
      },
      TIANJIN_PARTNER,
    ],
  },
  {
    id: 'BHR',
    name: 'Bahrain',
    capital: tableCapital('Bahrain', 'Manama', 26.233333333333334, 50.566667),
    statusHistory: [DIALOGUE_PARTNER_SAMARKAND, TIANJIN_PARTNER],
  },
  {
    id: 'MDV',
    name: 'Maldives',
    capital: tableCapital('Maldives', 'Male', 4.166666666666667, 73.5),
    statusHistory: [DIALOGUE_PARTNER_SAMARKAND, TIANJIN_PARTNER],
  },
  {
    id: 'ARE',
    name: 'United Arab Emirates',
    capital: tableCapital('United Arab Emirates', 'Abu Dhabi', 24.466666666666665, 54.366667),
    statusHistory: [DIALOGUE_PARTNER_SAMARKAND, TIANJIN_PARTNER],
  },
  {
    id: 'KWT',
    name: 'Kuwait',
    capital: tableCapital('Kuwait', 'Kuwait City', 29.366666666666667, 47.966667),
    statusHistory: [DIALOGUE_PARTNER_SAMARKAND, TIANJIN_PARTNER],
  },
  {
    id: 'MMR',
    name: 'Myanmar',
    capital: {
      name: 'Naypyidaw',
      coord: {
        lat: 19.745,
        lon: 96.12972,
        precision: 'town',
        basis: 'GeoNames town centre of Nay Pyi Taw (the techslides capitals table gives the former capital, Rangoon)',
        source: { sourceId: GEONAMES, locator: 'cities15000.txt, geonameid 6611854' },
      },
    },
    statusHistory: [DIALOGUE_PARTNER_SAMARKAND, TIANJIN_PARTNER],
  },

  // ---- Partner from the Tianjin summit ----
  {
    id: 'LAO',
    name: 'Laos',
    capital: tableCapital('Laos', 'Vientiane', 17.966666666666665, 102.6),
    statusHistory: [
      {
        status: 'partner',
        from: '2025-09-01',
        sources: [
          {
            sourceId: 'tass-2025-tianjin-partner-category',
            quote: 'We also decided to welcome Laos as a new partner, thereby expanding the SCO family.',
          },
          { sourceId: 'pubt-2025-laos-dialogue-partner', locator: 'Council of Heads of State decision, Tianjin, 1 September 2025' },
          { sourceId: 'tass-2025-laos-partner-decision', locator: 'foreign ministers’ decision, Tianjin, 15 July 2025' },
        ],
        confidence: 'sourced',
        note: 'The foreign ministers agreed on 15 July 2025; the heads of state admitted Laos at Tianjin on 1 September 2025.',
      },
    ],
  },
] satisfies State[];

/**
 * Every state that has been a Shanghai Five member, SCO member, observer, dialogue partner or
 * partner, with its capital and the statuses it has held.
 *
 * Status periods run from `from` to the exclusive `to` (the day the next status began), each as
 * precise as its sources. `from` is when a status took effect: for a member, the day its accession
 * was completed; for a dialogue partner, the day its memorandum with the SCO was signed. Where the
 * heads of state (or foreign ministers) decided it earlier, `decided` keeps that date. A procedure
 * that has only been launched is never drawn as the status it leads to. On 1 September 2025 the Tianjin summit merged observers and dialogue
 * partners into the single category of partner, so every observer or dialogue partner still in
 * that status opens a `partner` period that day. Turkmenistan, only ever a guest, is not listed.
 */
import type { SourceRef, State, StatusPeriod } from './schema';
import { townPoint } from './gazetteer';
import { CHARTER_1996, FMPRC_1996, JIA_1996 } from './shanghaiFiveRefs';
import { SEED } from './sources/seed';

type Capital = State['capital'];

/** A capital at its GeoNames entry (feature code PPLC, the capital of a political entity). */
function capital(name: string, geonameid: number, lat: number, lon: number, country: State['id']): Capital {
  return { name, coord: townPoint({ geonameid, name, lat, lon, country }, `GeoNames centre of ${name}`) };
}

// ---- References shared by several states ----------------------------------------------------

const FOUNDED_2001: SourceRef = {
  sourceId: 'headpost-2024-belarus-10th-member',
  quote:
    'The Shanghai Co-operation Organisation was founded on June 15 2001 by the leaders of Kazakhstan, Kyrgyzstan, China, Russia, Tajikistan and Uzbekistan.',
};
const SECTSCO_2001: SourceRef = {
  sourceId: 'sectsco-about-sco',
  quote:
    "the establishment of which was announced on June 15, 2001 in Shanghai by the Republic of Kazakhstan, the People's Republic of China, the Kyrgyz Republic, the Russian Federation, the Republic of Tajikistan, the Republic of Uzbekistan",
};
const KREMLIN_2001: SourceRef = {
  sourceId: 'kremlin-2001-sco-founding',
  quote:
    'the heads of six states – China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan – signed a declaration on the establishment of the Shanghai Cooperation Organisation.',
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
const JOINED_2017: SourceRef = {
  sourceId: 'headpost-2024-belarus-10th-member',
  quote: 'On June 9 2017, India and Pakistan joined the association on equal rights, and Iran joined on July 4 2023.',
};
const SECTSCO_2017: SourceRef = {
  sourceId: 'sectsco-about-sco',
  quote:
    'On June 8-9, 2017, Astana hosted a historic meeting of the Council of Heads of States of the Shanghai Cooperation Organization, during which the status of a member State of the Organization was granted to the Republic of India and the Islamic Republic of Pakistan.',
};
const SEED_2017: SourceRef = {
  sourceId: SEED,
  quote: 'In June 2017, with the accession of India and Pakistan, the number of SCO member states increased to eight.',
};
const UFA_PROCEDURE_2015: SourceRef = {
  sourceId: 'rferl-2015-ufa-summit',
  quote: 'SCO leaders signed a document starting the procedure of accession for India and Pakistan',
};
const PRIME_2015: SourceRef = {
  sourceId: 'prime-2015-ufa-accession-procedure',
  locator: 'report of 10 July 2015: the heads of state decide to begin admitting India and Pakistan',
};
const UFA_PARTNERS_2015: SourceRef = {
  sourceId: 'rferl-2015-ufa-summit',
  quote: 'Azerbaijan, Armenia, Cambodia, and Nepal are joining the SCO family as dialogue partners.',
};
const UFA_DATE_2015: SourceRef = {
  sourceId: 'massispost-2015-ufa-dialogue-partners',
  quote: 'the one-day summit held on July 10',
};
const ZEENEWS_2012: SourceRef = {
  sourceId: 'zeenews-2012-afghanistan-turkey',
  quote:
    'The Shanghai Cooperation Organization (SCO) has decided to grant Afghanistan observer status, and accept Turkey as a dialogue partner, Chinese President Hu Jintao said on Thursday.',
};
const DUSHANBE_2021_PARTNERS: SourceRef = {
  sourceId: 'tass-2021-khakimov-dushanbe-decisions',
  quote:
    'In my view, major decisions are the decision to start the procedure for Iran’s accession and grant the dialogue partner status to Egypt, Qatar and Saudi Arabia.',
};
const XINHUA_SAMARKAND_GRANTED: SourceRef = {
  sourceId: 'peoplecn-2022-samarkand-summit',
  quote: 'granted Egypt, Saudi Arabia and Qatar the status of SCO dialogue partners',
};
const XINHUA_SAMARKAND_AGREED: SourceRef = {
  sourceId: 'peoplecn-2022-samarkand-summit',
  quote:
    'reached agreement on admitting Bahrain, the Maldives, the United Arab Emirates, Kuwait and Myanmar as new dialogue partners',
};
const TASS_SAMARKAND_PROCEDURE: SourceRef = {
  sourceId: 'tass-2022-samarkand-partner-procedures',
  quote:
    '"A decision will also be taken to launch a procedure for granting a similar status to Bahrain, Kuwait, the [United] Arab Emirates, Myanmar and Maldives," the aide said.',
};
const GOA_2023: SourceRef = {
  sourceId: 'financialexpress-2023-goa-dialogue-partners',
  quote:
    'This was signed at the end of two day Council of Foreign Ministers meeting under India’s presidency and ahead of the July Summit in New Delhi where Iran and Belarus will join as full members.',
};
const GOA_2023_KUNA: SourceRef = {
  sourceId: 'aspectuz-2023-kuwait-dialogue-partner',
  quote: 'Аналогичные статусы в ШОС получили Мальдивская Республика, Мьянма и Объединенные Арабские Эмираты.',
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
  sources: [CHARTER_1996, JIA_1996, FMPRC_1996],
  confidence: 'conflicting',
  claims: [
    { field: 'from', value: '1996-04-26 (date of the Shanghai agreement in the SCO Charter)', source: CHARTER_1996 },
    { field: 'from', value: '1996-04-26', source: JIA_1996 },
    { field: 'from', value: '1996-04-25 (Chinese foreign ministry)', source: FMPRC_1996 },
  ],
  note: 'The SCO Charter dates the Shanghai agreement to 26 April 1996; a Chinese foreign ministry page gives 25 April.',
};
const FOUNDING_MEMBER: StatusPeriod = {
  status: 'member',
  from: '2001-06-15',
  sources: [SECTSCO_2001, FOUNDED_2001, KREMLIN_2001, SEED_DECLARATION],
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
  sources: [HINDU_2005],
  confidence: 'sourced',
  note: 'The decision was due at the Astana summit of 5–6 July 2005; the source read does not give the day.',
};
const MEMBER_2017: StatusPeriod = {
  status: 'member',
  from: '2017-06-09',
  decided: '2015-07-10',
  sources: [JOINED_2017, SECTSCO_2017, SEED_2017, UFA_PROCEDURE_2015, PRIME_2015],
  confidence: 'sourced',
  note: 'The Ufa summit of 10 July 2015 only launched the accession procedure; membership was granted at the Astana summit of 8–9 June 2017.',
};
/** Dialogue partner by the Ufa decision of 10 July 2015, from the day its memorandum was signed. */
function ufaDialoguePartner(from: string, memorandum: SourceRef[]): StatusPeriod {
  return {
    status: 'dialoguePartner',
    from,
    to: '2025-09-01',
    decided: '2015-07-10',
    sources: [...memorandum, UFA_PARTNERS_2015, UFA_DATE_2015],
    confidence: 'sourced',
    note: 'Decided at the Ufa summit of 10 July 2015; in effect from the signing of the memorandum.',
  };
}
/** Dialogue partner from the memorandum signed in Tashkent on 14 September 2022 (Egypt, Qatar); each
 * state's own signing report dates its memorandum. */
function tashkentDialoguePartner2022(signing: SourceRef, signingDate: SourceRef): StatusPeriod {
  return {
    status: 'dialoguePartner',
    from: '2022-09-14',
    to: '2025-09-01',
    decided: '2021-09',
    sources: [signing, DUSHANBE_2021_PARTNERS, XINHUA_SAMARKAND_GRANTED],
    confidence: 'conflicting',
    claims: [
      { field: 'from', value: '2022-09-14 (memorandum signed in Tashkent)', source: signingDate },
      {
        field: 'from',
        value: '2022-09-16 (memoranda signed at the Samarkand summit)',
        source: { sourceId: 'uzmetronom-2023-saudi-partner', locator: 'paragraph on the Egyptian, Qatari and Saudi memoranda' },
      },
      { field: 'from', value: '2022-09-16 (status granted at the 22nd summit)', source: XINHUA_SAMARKAND_GRANTED },
    ],
    note: 'Agreed for the Dushanbe summit of September 2021, in effect with the memoranda of September 2022.',
  };
}
/** Dialogue partner by the Samarkand decision, from the memorandum signed at the Goa meeting. */
function goaDialoguePartner(memorandum: SourceRef[], extra: Partial<StatusPeriod> = {}): StatusPeriod {
  return {
    status: 'dialoguePartner',
    from: '2023-05',
    to: '2025-09-01',
    decided: '2022-09-16',
    sources: [...memorandum, GOA_2023, XINHUA_SAMARKAND_AGREED, TASS_SAMARKAND_PROCEDURE],
    confidence: 'sourced',
    note: 'The Samarkand summit of 16 September 2022 launched the procedure; the memorandum was signed at the foreign ministers’ meeting in Goa, 4–5 May 2023.',
    ...extra,
  };
}

export const states = [
  // ---- Shanghai Five founders, SCO members from 2001 ----
  {
    id: 'CHN',
    name: 'China',
    capital: capital('Beijing', 1816670, 39.9075, 116.39723, 'CHN'),
    statusHistory: [SHANGHAI_FIVE, FOUNDING_MEMBER],
  },
  {
    id: 'RUS',
    name: 'Russia',
    capital: capital('Moscow', 524901, 55.75222, 37.61556, 'RUS'),
    statusHistory: [SHANGHAI_FIVE, FOUNDING_MEMBER],
  },
  {
    id: 'KAZ',
    name: 'Kazakhstan',
    capital: capital('Astana', 1526273, 51.1801, 71.44598, 'KAZ'),
    statusHistory: [SHANGHAI_FIVE, FOUNDING_MEMBER],
  },
  {
    id: 'KGZ',
    name: 'Kyrgyzstan',
    capital: capital('Bishkek', 1528675, 42.87, 74.59, 'KGZ'),
    statusHistory: [SHANGHAI_FIVE, FOUNDING_MEMBER],
  },
  {
    id: 'TJK',
    name: 'Tajikistan',
    capital: capital('Dushanbe', 1221874, 38.53575, 68.77905, 'TJK'),
    statusHistory: [SHANGHAI_FIVE, FOUNDING_MEMBER],
  },

  // ---- Members that joined later ----
  {
    id: 'UZB',
    name: 'Uzbekistan',
    capital: capital('Tashkent', 1512569, 41.26465, 69.21627, 'UZB'),
    statusHistory: [
      {
        ...FOUNDING_MEMBER,
        sources: [
          SECTSCO_2001,
          FOUNDED_2001,
          KREMLIN_2001,
          { sourceId: SEED, quote: 'In 2001, Uzbekistan joined with equal status, and the SCO was established.' },
        ],
      },
    ],
  },
  {
    id: 'IND',
    name: 'India',
    capital: capital('New Delhi', 1261481, 28.63576, 77.22445, 'IND'),
    statusHistory: [OBSERVER_2005_07, MEMBER_2017],
  },
  {
    id: 'PAK',
    name: 'Pakistan',
    capital: capital('Islamabad', 1176615, 33.72148, 73.04329, 'PAK'),
    statusHistory: [OBSERVER_2005_07, MEMBER_2017],
  },
  {
    id: 'IRN',
    name: 'Iran',
    capital: capital('Tehran', 112931, 35.69439, 51.42151, 'IRN'),
    statusHistory: [
      {
        status: 'observer',
        from: '2005-07',
        to: '2023-07-04',
        sources: [HINDU_2005],
        confidence: 'sourced',
        note: 'Accession procedure launched at Dushanbe in September 2021; memorandum of obligations signed at Samarkand on 16 September 2022. Iran stayed an observer until its accession was completed.',
      },
      {
        status: 'member',
        from: '2023-07-04',
        decided: '2021-09-17',
        sources: [
          {
            sourceId: 'lokmattimes-2023-iran-full-member',
            quote:
              "Iran, one of India's neighbours in its extended neighbourhood, has formally become a full member of Shanghai Cooperation Organization (SCO).",
          },
          JOINED_2017,
          { sourceId: 'shafaqna-2023-iran-flag-sco', locator: 'flag ceremony for the ninth member, 4 July 2023' },
          {
            sourceId: 'mehrnews-2023-raisi-sco-speech',
            quote: 'At a session held in the Tajik capital of Dushanbe in September 2021, Iran’s candidacy was accepted.',
          },
          {
            sourceId: 'norov-2021-uzbekistan-chairmanship',
            quote: 'Following the results of the jubilee Dushanbe meeting of the Council of Heads of SCO Member States, held on September 17, 2021,',
          },
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
        note: 'The Dushanbe summit of 17 September 2021 launched the accession procedure; the September 2022 listing came before the accession was completed at the virtual summit of 4 July 2023.',
      },
    ],
  },
  {
    id: 'BLR',
    name: 'Belarus',
    capital: capital('Minsk', 625144, 53.9, 27.56667, 'BLR'),
    statusHistory: [
      {
        status: 'dialoguePartner',
        from: '2010',
        to: '2015-07-10',
        decided: '2009-06-16',
        sources: [
          {
            sourceId: 'tass-2023-belarus-ratifies-memorandum',
            quote: 'Belarus became an SCO dialogue partner in 2010 and obtained observer status in 2015.',
          },
          {
            sourceId: 'headpost-2024-belarus-10th-member',
            quote: 'Belarus became a dialogue partner in the SCO in 2010 and an observer state in 2015.',
          },
          {
            sourceId: 'interfax-2009-yekaterinburg-partners',
            quote: 'Сегодня мы принимаем решение о предоставлении статуса партнеров по диалогу Белоруссии и Шри Ланке',
          },
          {
            sourceId: 'belaruskz-2010-belarus-memorandum-planned',
            quote: 'В рамках визита планируется подписание меморандума о предоставлении Белоруссии статуса партнера по диалогу ШОС',
          },
          { sourceId: 'revbel-2010-lukashenko-sco-summit', locator: 'memoranda signed shortly before June 2010' },
        ],
        confidence: 'sourced',
        note: 'Decided at the Yekaterinburg summit of 16 June 2009; the memorandum that put it into effect was to be signed in Minsk on 28–29 April 2010.',
      },
      {
        status: 'observer',
        from: '2015-07-10',
        to: '2024-07-04',
        sources: [
          {
            sourceId: 'rferl-2015-ufa-summit',
            quote: 'Putin said the SCO members had agreed to add Belarus to the list of observer states',
          },
          {
            sourceId: 'tass-2023-belarus-ratifies-memorandum',
            quote: 'Belarus became an SCO dialogue partner in 2010 and obtained observer status in 2015.',
          },
        ],
        confidence: 'sourced',
        note: 'Accession procedure launched at Samarkand on 16 September 2022; memorandum of obligations signed on 4 July 2023. Belarus stayed an observer until its accession was completed.',
      },
      {
        status: 'member',
        from: '2024-07-04',
        decided: '2022-09-16',
        sources: [
          { sourceId: 'astanatimes-2024-belarus-10th-member', locator: 'report of the Astana summit, 4 July 2024' },
          { sourceId: 'shine-2024-belarus-member', locator: 'same-day report, 4 July 2024' },
          {
            sourceId: 'headpost-2024-belarus-10th-member',
            quote:
              'The number of member states of the Shanghai Co-operation Organisation (SCO) has become double-digit after Belarus joined as a full member.',
          },
          { sourceId: 'peoplecn-2022-samarkand-summit', quote: "The meeting also started the procedure for Belarus' accession" },
          {
            sourceId: 'newsaz-2024-belarus-member',
            quote:
              'In Samarkand, following the results of the Council of Heads of State on September 16, 2022, a decision was signed to begin the procedure for joining the organization.',
          },
        ],
        confidence: 'sourced',
        note: 'The Samarkand summit of 16 September 2022 launched the accession procedure; membership from the Astana summit of 4 July 2024.',
      },
    ],
  },

  // ---- Observers until the Tianjin summit ----
  {
    id: 'MNG',
    name: 'Mongolia',
    capital: capital('Ulaanbaatar', 2028462, 47.90771, 106.88324, 'MNG'),
    statusHistory: [
      {
        status: 'observer',
        from: '2004-06',
        to: '2025-09-01',
        sources: [
          {
            sourceId: 'inform-2017-mongolia-president-astana',
            quote: 'Mongolia was the first country to be granted observer status at the Tashkent Summit back in 2004.',
          },
          {
            sourceId: 'chinaorg-2004-tashkent-summit',
            quote:
              'Leaders attending the fourth summit of the Shanghai Cooperation Organization (SCO) in Tashkent, capital of Uzbekistan vowed Thursday',
          },
        ],
        confidence: 'sourced',
        note: 'The first observer state, admitted at the Tashkent summit (held on Thursday 17 June 2004 by the Xinhua report); the source on Mongolia does not give the day.',
      },
      TIANJIN_PARTNER,
    ],
  },
  {
    id: 'AFG',
    name: 'Afghanistan',
    capital: capital('Kabul', 1138958, 34.52813, 69.17233, 'AFG'),
    statusHistory: [
      {
        status: 'observer',
        from: '2012-06',
        to: '2025-09-01',
        sources: [ZEENEWS_2012],
        confidence: 'sourced',
        note: 'Announced by Hu Jintao at the Beijing summit of June 2012; observers sign no memorandum, so the status dates from the decision.',
      },
      TIANJIN_PARTNER,
    ],
  },

  // ---- Dialogue partners until the Tianjin summit ----
  {
    id: 'LKA',
    name: 'Sri Lanka',
    capital: capital('Sri Jayawardenepura Kotte', 1238992, 6.88297, 79.90708, 'LKA'),
    statusHistory: [
      {
        status: 'dialoguePartner',
        from: '2009-06',
        to: '2025-09-01',
        sources: [
          {
            sourceId: 'priu-2009-sri-lanka-partner',
            locator: 'government news update of 17 June 2009: Sri Lanka granted dialogue-partner status, announced by Medvedev at Yekaterinburg',
          },
          {
            sourceId: 'interfax-2009-yekaterinburg-partners',
            quote: 'Сегодня мы принимаем решение о предоставлении статуса партнеров по диалогу Белоруссии и Шри Ланке',
          },
          { sourceId: 'avim-sri-lanka-sco-participation', locator: 'bulletin item on Sri Lanka’s participation as a dialogue partner' },
        ],
        confidence: 'sourced',
        note: 'Decided at the Yekaterinburg summit of 16 June 2009. A memorandum followed, but no source we trust gives its date, so the period starts at the decision.',
      },
      TIANJIN_PARTNER,
    ],
  },
  {
    id: 'TUR',
    name: 'Turkey',
    capital: capital('Ankara', 323786, 39.91987, 32.85427, 'TUR'),
    statusHistory: [
      {
        status: 'dialoguePartner',
        from: '2013-04-26',
        to: '2025-09-01',
        decided: '2012-06',
        sources: [
          {
            sourceId: 'panarmenian-2013-turkey-memorandum',
            quote:
              'Հուշագիրն այդ մասին Ալմաթիում ստորագրել են Թուրքիայի ԱԳ նախարար Ահմեդ Դավութօղլուն ու ՇՀԿ գլխավոր քարտուղար Դմիտրի Մեզենցևը:',
          },
          {
            sourceId: 'mfatr-2013-turkey-dialogue-partnership',
            quote:
              'As stated in the press release dated June 7, 2012, our application was approved unanimously at the SCO Heads of State Summit held in Beijing, on 6-7 June 2012.',
          },
          ZEENEWS_2012,
        ],
        confidence: 'sourced',
        note: 'Approved at the Beijing summit of 6–7 June 2012; the memorandum was signed in Almaty on 26 April 2013.',
      },
      TIANJIN_PARTNER,
    ],
  },
  {
    id: 'AZE',
    name: 'Azerbaijan',
    capital: capital('Baku', 587084, 40.37767, 49.89201, 'AZE'),
    statusHistory: [
      ufaDialoguePartner('2016-03-14', [
        {
          sourceId: 'economygovaz-azerbaijan-sco',
          quote:
            'On 14 March 2016, a “Memorandum on giving to the Republic of Azerbaijan the status of dialogue partner in the Shanghai Cooperation Organization” was signed in Beijing.',
        },
      ]),
      TIANJIN_PARTNER,
    ],
  },
  {
    id: 'ARM',
    name: 'Armenia',
    capital: capital('Yerevan', 616052, 40.18111, 44.51361, 'ARM'),
    statusHistory: [
      ufaDialoguePartner('2016-04-16', [
        {
          sourceId: 'gazetauz-2016-armenia-memorandum',
          quote:
            'Генеральный секретарь Шанхайской организации сотрудничества Рашид Алимов и министр иностранных дел Республики Армения Эдвард Налбандян 16 апреля в Пекине подписали меморандум о предоставлении Армении статуса партнера по диалогу ШОС.',
        },
        { sourceId: 'gazetauz-2016-armenia-memorandum', quote: 'Меморандум вступил в силу с даты подписания.' },
      ]),
      TIANJIN_PARTNER,
    ],
  },
  {
    id: 'KHM',
    name: 'Cambodia',
    capital: capital('Phnom Penh', 1821306, 11.56245, 104.91601, 'KHM'),
    statusHistory: [
      ufaDialoguePartner('2015-09-24', [
        {
          sourceId: 'uztag-2015-cambodia-memorandum',
          quote:
            '24 сентября 2015 года в городе Сиань (КНР) Генеральный секретарь ШОС Дмитрий Мезенцев и заместитель премьер-министра, министр иностранных дел и международного сотрудничества Королевства Камбоджа Хор Намхонг подписали меморандум о предоставлении Королевству Камбоджа статуса партнера по диалогу Шанхайской организации сотрудничества',
        },
      ]),
      TIANJIN_PARTNER,
    ],
  },
  {
    id: 'NPL',
    name: 'Nepal',
    capital: capital('Kathmandu', 1283240, 27.70169, 85.3206, 'NPL'),
    statusHistory: [
      ufaDialoguePartner('2016-03-22', [
        {
          sourceId: 'sectsco-2020-nepal-memorandum',
          quote: 'which has dialogue partner status in the Organisation (the corresponding memorandum was signed on 22 March 2016)',
        },
      ]),
      TIANJIN_PARTNER,
    ],
  },
  {
    id: 'EGY',
    name: 'Egypt',
    capital: capital('Cairo', 360630, 30.06263, 31.24967, 'EGY'),
    statusHistory: [
      tashkentDialoguePartner2022(
        {
          sourceId: 'xinhua-de-2022-egypt-memorandum',
          quote:
            'Ägypten unterzeichnete am Mittwoch in der usbekischen Hauptstadt Taschkent ein Memorandum of Understanding (MoU), um der Shanghaier Organisation für Zusammenarbeit (SOZ) als Dialogpartner beizutreten',
        },
        { sourceId: 'xinhua-de-2022-egypt-memorandum', locator: 'first paragraph (signed on Wednesday in Tashkent)' },
      ),
      TIANJIN_PARTNER,
    ],
  },
  {
    id: 'QAT',
    name: 'Qatar',
    capital: capital('Doha', 290030, 25.28545, 51.53096, 'QAT'),
    statusHistory: [
      tashkentDialoguePartner2022(
        {
          sourceId: 'mofa-qa-2022-qatar-sco-memorandum',
          quote:
            'The State of Qatar signed Wednesday in Tashkent a memorandum of understanding (MoU) concerning its accession to the Shanghai Cooperation Organization (SCO) as a Dialogue Partner.',
        },
        { sourceId: 'mofa-qa-2022-qatar-sco-memorandum', locator: 'dateline (Tashkent, September 14) and first paragraph' },
      ),
      TIANJIN_PARTNER,
    ],
  },
  {
    id: 'SAU',
    name: 'Saudi Arabia',
    capital: capital('Riyadh', 108410, 24.68773, 46.72185, 'SAU'),
    statusHistory: [
      {
        status: 'dialoguePartner',
        from: '2022-09-16',
        to: '2025-09-01',
        decided: '2021-09',
        sources: [
          { sourceId: 'uzmetronom-2023-saudi-partner', locator: 'memorandum signed at the Samarkand summit; approved by the Saudi cabinet in March 2023' },
          XINHUA_SAMARKAND_GRANTED,
          DUSHANBE_2021_PARTNERS,
        ],
        confidence: 'sourced',
        note: 'Agreed for the Dushanbe summit of September 2021; memorandum signed at Samarkand in September 2022 and approved by the Saudi cabinet in March 2023.',
      },
      TIANJIN_PARTNER,
    ],
  },
  {
    id: 'BHR',
    name: 'Bahrain',
    capital: capital('Manama', 290340, 26.22787, 50.58565, 'BHR'),
    statusHistory: [
      {
        status: 'dialoguePartner',
        from: '2023-07',
        to: '2025-09-01',
        decided: '2022-09-16',
        sources: [
          {
            sourceId: 'libyannewswire-2023-bahrain-dialogue-partner',
            quote: 'The Kingdom of Bahrain has officially been granted the status dialogue partner in the Shanghai Cooperation Organization (SCO).',
          },
          XINHUA_SAMARKAND_AGREED,
          TASS_SAMARKAND_PROCEDURE,
        ],
        confidence: 'sourced',
        note: 'The Samarkand summit launched the procedure; the memorandum was signed with the SCO Secretary-General by Bahrain’s ambassador to China, reported on 15 July 2023 (the day of signing is not given).',
      },
      TIANJIN_PARTNER,
    ],
  },
  {
    id: 'MDV',
    name: 'Maldives',
    capital: capital('Male', 1282027, 4.17521, 73.50916, 'MDV'),
    statusHistory: [
      goaDialoguePartner([GOA_2023_KUNA], {
        confidence: 'conflicting',
        claims: [
          { field: 'from', value: '2023-05 (memorandum signed at the Goa meeting)', source: GOA_2023 },
          {
            field: 'from',
            value: '2022-09-15 (status granted in the Samarkand Declaration)',
            source: { sourceId: 'timesofaddu-2022-maldives-partner', locator: 'Maldivian report of 18 September 2022' },
          },
        ],
        note: 'The foreign ministers agreed in July 2022 and the Samarkand summit of 16 September 2022 launched the procedure; the memorandum was signed at the Goa meeting of 4–5 May 2023. A Maldivian report dates the grant to the Samarkand Declaration.',
      }),
      TIANJIN_PARTNER,
    ],
  },
  {
    id: 'ARE',
    name: 'United Arab Emirates',
    capital: capital('Abu Dhabi', 292968, 24.45118, 54.39696, 'ARE'),
    statusHistory: [
      goaDialoguePartner([
        {
          sourceId: 'khaleejtimes-2023-uae-dialogue-partner',
          quote:
            'The UAE was officially granted Dialogue Partner status on the sidelines of the Council of Foreign Ministers Meeting of the Shanghai Cooperation Organisation (SCO), which took place in the Indian state of Goa.',
        },
      ]),
      TIANJIN_PARTNER,
    ],
  },
  {
    id: 'KWT',
    name: 'Kuwait',
    capital: capital('Kuwait City', 285787, 29.36972, 47.97833, 'KWT'),
    statusHistory: [
      goaDialoguePartner([
        {
          sourceId: 'aspectuz-2023-kuwait-dialogue-partner',
          quote:
            'Решение было принято на заседании ШОС, проходившем 4-5 мая в Индии, в рамках которого был подписан Меморандум о статусе «партнера по диалогу» для Кувейта.',
        },
      ]),
      TIANJIN_PARTNER,
    ],
  },
  {
    id: 'MMR',
    name: 'Myanmar',
    capital: capital('Naypyidaw', 6611854, 19.745, 96.12972, 'MMR'),
    statusHistory: [goaDialoguePartner([GOA_2023_KUNA]), TIANJIN_PARTNER],
  },

  // ---- Partner from the Tianjin summit ----
  {
    id: 'LAO',
    name: 'Laos',
    capital: capital('Vientiane', 1651944, 17.96667, 102.6, 'LAO'),
    statusHistory: [
      {
        status: 'partner',
        from: '2025-09-01',
        decided: '2025-07-15',
        sources: [
          {
            sourceId: 'tass-2025-tianjin-partner-category',
            quote: 'We also decided to welcome Laos as a new partner, thereby expanding the SCO family.',
          },
          {
            sourceId: 'interfax-2025-tianjin-laos-partner',
            quote:
              'Государства-члены с удовлетворением констатируют принятие решения о предоставлении Лаосской Народно-Демократической Республике статуса партнера ШОС по диалогу',
          },
          {
            sourceId: 'kommersant-2025-laos-partner-decision',
            quote: '«Сегодня принято решение о том, чтобы статус партнера ШОС был предоставлен Лаосской демократической республике»,— заявил Сергей Лавров',
          },
          { sourceId: 'tass-2025-laos-partner-decision', locator: 'foreign ministers’ decision, Tianjin, 15 July 2025' },
        ],
        confidence: 'sourced',
        note: 'The foreign ministers decided on 15 July 2025; the heads of state admitted Laos at Tianjin on 1 September 2025.',
      },
    ],
  },
] satisfies State[];

/**
 * Kyrgyzstan–Tajikistan border clashes, 2014–2019 (both founding members). 2021 and 2022 are
 * in `kyrgyzTajik2021.ts` and `kyrgyzTajik2022.ts`. Villages that GeoNames holds (Vorukh,
 * Kulundu) are town points; where the named village is not in GeoNames, or lies on the other
 * side of the map's line (Ak-Sai is drawn inside Tajikistan at 1:50m), the point is the seat of
 * the district or region the source names, and the basis says so.
 */
import { PLACES, seatPoint, townPoint } from '../gazetteer';
import type { Incident } from '../schema';
import { located, quoted } from '../sourceRefs';
import { statement } from './statement';

const RFERL_2014_11 = quoted(
  'rferl-2014-border-shooting',
  'Officials say five Kyrgyz border guards, one Kyrgyz policeman, and two Tajik border guards have been hospitalized with injuries',
);
const RFERL_2014_12 = quoted(
  'rferl-2014-border-gunfight',
  'Officials say five Kyrgyz border guards, one Kyrgyz policeman, and three Tajik border guards were hospitalized with injuries',
);
const TK_19_SEP = quoted(
  '24kg-2019-tort-kocho-construction',
  'One Kyrgyz serviceman died, 13 were injured, including a teenager. Tajik authorities report about 12 injured citizens of the Republic of Tajikistan and 3 dead.',
);

export const kyrgyzTajikIncidents: Incident[] = [
  {
    id: 'ak-sai-border-shootout-2014',
    name: 'Kyrgyz–Tajik border guard shootout at Ak-Sai',
    start: '2014-01-11',
    place: 'Near Ak-Sai and Kok-Tash, Batken region (Kyrgyzstan), by the Tajik exclave of Vorukh',
    parties: ['KGZ', 'TJK'],
    locations: [
      {
        name: 'Vorukh',
        role: 'the Tajik exclave the disputed bypass road skirts',
        country: 'TJK',
        coord: townPoint(PLACES.vorukh),
      },
      {
        name: 'Ak-Sai, Batken region',
        role: 'Kyrgyz side: Ak-Sai lies across the map’s line at this scale, so the seat of Batken region stands for it',
        country: 'KGZ',
        coord: seatPoint(PLACES.batken, 'region', 'Batken region'),
      },
    ],
    casualties: [
      statement({
        side: 'KGZ',
        people: 'soldiers',
        statedBy: 'Government of Kyrgyzstan (embassy statement)',
        asOf: '2014-01',
        injured: [6, 'exact', 'Six Kyrgyz soldiers were wounded'],
        text: 'Six Kyrgyz soldiers were wounded.',
        source: quoted('kgembassy-2014-border-incident', 'Six Kyrgyz soldiers were wounded'),
      }),
      statement({
        side: 'KGZ',
        people: 'security',
        statedBy: 'Officials (RFE/RL, 11 January)',
        asOf: '2014-01-11',
        injured: [6, 'exact', 'five Kyrgyz border guards, one Kyrgyz policeman … have been hospitalized'],
        text: 'Five Kyrgyz border guards and one Kyrgyz policeman hospitalised.',
        source: RFERL_2014_11,
      }),
      statement({
        side: 'TJK',
        people: 'security',
        statedBy: 'Officials (RFE/RL, 11 January)',
        asOf: '2014-01-11',
        injured: [2, 'exact', 'two Tajik border guards have been hospitalized'],
        text: 'Two Tajik border guards hospitalised.',
        source: RFERL_2014_11,
      }),
      statement({
        side: 'KGZ',
        people: 'security',
        statedBy: 'Officials (RFE/RL, 12 January)',
        asOf: '2014-01-12',
        injured: [6, 'exact', 'five Kyrgyz border guards, one Kyrgyz policeman … were hospitalized'],
        text: 'Five Kyrgyz border guards and one Kyrgyz policeman hospitalised (next-day count).',
        source: RFERL_2014_12,
      }),
      statement({
        side: 'TJK',
        people: 'security',
        statedBy: 'Officials (RFE/RL, 12 January)',
        asOf: '2014-01-12',
        injured: [3, 'exact', 'three Tajik border guards were hospitalized'],
        text: 'Three Tajik border guards hospitalised (next-day count, up from two).',
        source: RFERL_2014_12,
      }),
      statement({
        people: 'all',
        statedBy: 'Eurasianet',
        asOf: '2014-07',
        killed: [0, 'exact', 'no deaths'],
        injured: [7, 'atLeast', 'at least 7 injured'],
        text: 'Both sides together: at least seven injured, no deaths (Eurasianet, looking back in July 2014).',
        source: located('eurasianet-2014-death-reported', 'recap of the January 2014 shootout'),
      }),
    ],
    sources: [
      quoted(
        'eurasianet-2014-border-shootout',
        'a shootout between the countries’ border guards left several injured on each side January 11',
      ),
      quoted(
        'kgembassy-2014-border-incident',
        'On January 11, 2014 the planned construction of the bypass road Kok-Tash–Ak-Sai–Tamdyk in Ak-Sai village of Batken region of the Kyrgyz Republic connecting the border Kyrgyz villages was underway.',
      ),
    ],
    confidence: 'conflicting',
    claims: [
      {
        field: 'who fired first',
        value: 'Tajik border guards (Kyrgyz outlets)',
        source: quoted(
          'eurasianet-2014-border-shootout',
          'Several Kyrgyz news outlets reported that Tajik border guards shot first after an altercation over road construction on contested territory.',
        ),
      },
      {
        field: 'who fired first',
        value: 'Kyrgyz border guards (Tajik local account)',
        source: quoted('eurasianet-2014-border-shootout', 'But in this account, Kyrgyz border guards fired first, wounding two Tajik guards.'),
      },
    ],
    note: 'A dispute over a Kyrgyz bypass road around the Vorukh exclave turned into an exchange of fire between border guards. Kyrgyz officials said the Tajik side also used mortars and rocket-propelled grenades.',
  },
  {
    id: 'vorukh-water-pipeline-clash-2014',
    name: 'Vorukh water-pipeline clash',
    start: '2014-07-10',
    place: 'Vorukh exclave (Tajikistan) and Ak-Sai area (Kyrgyzstan)',
    parties: ['KGZ', 'TJK'],
    locations: [{ name: 'Vorukh', role: 'the Tajik exclave where the clash took place', country: 'TJK', coord: townPoint(PLACES.vorukh) }],
    casualties: [
      statement({
        side: 'TJK',
        people: 'civilians',
        statedBy: 'A Vorukh doctor (Radio Liberty’s Tajik service, via Eurasianet)',
        asOf: '2014-07',
        killed: [1, 'exact', '1 Tajik national (apparently a civilian) killed'],
        text: 'One Tajik national, apparently a civilian, killed.',
        source: located('eurasianet-2014-death-reported', 'figures from Radio Liberty’s Tajik service, citing a Vorukh doctor'),
      }),
      statement({
        people: 'all',
        statedBy: 'A Vorukh doctor (Radio Liberty’s Tajik service, via Eurasianet)',
        asOf: '2014-07',
        injured: [5, 'exact', '5 injured'],
        text: 'Five injured (whose side is not stated).',
        source: located('eurasianet-2014-death-reported', 'figures from Radio Liberty’s Tajik service, citing a Vorukh doctor'),
      }),
      statement({
        people: 'all',
        statedBy: 'Asia-Plus (via Eurasianet)',
        asOf: '2014-07',
        injured: [7, 'exact', '7 wounded'],
        text: 'Seven wounded (whose side is not stated).',
        source: located('eurasianet-2014-death-reported', 'figures from Asia-Plus'),
      }),
    ],
    sources: [located('eurasianet-2014-death-reported', 'report on the 10 July 2014 clash at Vorukh')],
    confidence: 'conflicting',
    claims: [
      {
        field: 'injured',
        value: '5 (Radio Liberty’s Tajik service)',
        source: located('eurasianet-2014-death-reported', 'figures from Radio Liberty’s Tajik service, citing a Vorukh doctor'),
      },
      { field: 'injured', value: '7 (Asia-Plus)', source: located('eurasianet-2014-death-reported', 'figures from Asia-Plus') },
    ],
  },
  {
    id: 'koktosh-road-clash-2019-03',
    name: 'Clash over resumed Koktosh–Aksai–Tamdyk road works',
    start: '2019-03-13',
    place: 'Vorukh jamoat (Tajikistan) and Ak-Sai (Kyrgyzstan)',
    parties: ['KGZ', 'TJK'],
    locations: [{ name: 'Vorukh', role: 'the Tajik jamoat where the man was shot', country: 'TJK', coord: townPoint(PLACES.vorukh) }],
    casualties: [
      statement({
        side: 'TJK',
        people: 'all',
        statedBy: 'Tajik border service',
        asOf: '2019-03-14',
        killed: [1, 'exact', 'the 43-year-old Husein Hakimov was shot'],
        text: 'One Tajik man, Husein Hakimov (43), shot dead from Kyrgyz territory.',
        source: quoted(
          'asiaplus-2019-road-works',
          'The Tajik border service also confirmed that the 43-year-old Husein Hakimov was shot from Kyrgyz territory.',
        ),
      }),
      statement({
        people: 'all',
        statedBy: 'Tajik border service',
        asOf: '2019-03-14',
        injured: [11, 'exact', 'eleven people were hospitalized with serious injuries'],
        text: 'Eleven people hospitalised with serious injuries (whose side is not stated).',
        source: quoted('asiaplus-2019-road-works', 'As a result, eleven people were hospitalized with serious injuries.'),
      }),
    ],
    sources: [
      quoted(
        'asiaplus-2019-road-works',
        'Tajik border service says the clashes broke out on March 13 after the Kyrgyz authorities attempted to resume work on constructing the Koktosh-Aksai-Tamdyk road.',
      ),
    ],
    confidence: 'sourced',
    note: 'Only the Tajik border service’s account was read; the Kyrgyz version is not included, and who fired is not stated.',
  },
  {
    id: 'kulundu-border-shootout-2019-09',
    name: 'Kulundu / Ovchi-Kalacha border shootout',
    start: '2019-09-16',
    place: 'Bobojon-Ghafurov district (Sughd, Tajikistan) and Kulundu (Batken, Kyrgyzstan)',
    parties: ['KGZ', 'TJK'],
    locations: [
      { name: 'Kulundu', role: 'Kyrgyz village named as the place', country: 'KGZ', coord: townPoint(PLACES.kulundu) },
      {
        name: 'Bobojon-Ghafurov district',
        role: 'Tajik side',
        country: 'TJK',
        coord: seatPoint(PLACES.ghafurov, 'district', 'Bobojon-Ghafurov district'),
      },
    ],
    casualties: [
      statement({
        side: 'TJK',
        people: 'security',
        statedBy: 'Tajik officials (Asia-Plus)',
        asOf: '2019-09-17',
        killed: [3, 'exact', '3 Tajik border guards killed'],
        injured: [5, 'exact', '5 Tajik servicemen wounded'],
        text: 'Three Tajik border guards killed and five Tajik servicemen wounded.',
        source: located('asiaplus-2019-kulundu-wounded', 'tolls for both sides'),
      }),
      statement({
        side: 'KGZ',
        people: 'all',
        statedBy: 'Asia-Plus',
        asOf: '2019-09-17',
        killed: [1, 'exact', '1 Kyrgyz (Ravshan Muminov, 40) killed'],
        injured: [13, 'exact', '13 Kyrgyz citizens wounded'],
        text: 'One Kyrgyz (Ravshan Muminov, 40) killed and 13 Kyrgyz citizens wounded.',
        source: located('asiaplus-2019-kulundu-wounded', 'tolls for both sides'),
      }),
      statement({
        side: 'KGZ',
        people: 'soldiers',
        statedBy: 'Kyrgyz authorities (24.kg)',
        asOf: '2019',
        killed: [1, 'exact', 'One Kyrgyz serviceman died'],
        text: 'One Kyrgyz serviceman died.',
        source: TK_19_SEP,
      }),
      statement({
        side: 'KGZ',
        people: 'all',
        statedBy: 'Kyrgyz authorities (24.kg)',
        asOf: '2019',
        injured: [13, 'exact', '13 were injured, including a teenager'],
        text: 'Thirteen Kyrgyz injured, a teenager among them.',
        source: TK_19_SEP,
      }),
      statement({
        side: 'TJK',
        people: 'all',
        statedBy: 'Tajik authorities (via 24.kg)',
        asOf: '2019',
        killed: [3, 'exact', '3 dead'],
        injured: [12, 'about', 'about 12 injured citizens of the Republic of Tajikistan'],
        text: 'About twelve Tajik citizens injured and three dead.',
        source: TK_19_SEP,
      }),
    ],
    sources: [located('asiaplus-2019-kulundu-wounded', 'report on the 16 September 2019 shootout')],
    confidence: 'conflicting',
    claims: [
      { field: 'Tajik injured', value: '5 servicemen', source: located('asiaplus-2019-kulundu-wounded', 'names of the wounded Tajik servicemen') },
      {
        field: 'Tajik injured',
        value: 'about 12 citizens',
        source: quoted('24kg-2019-tort-kocho-construction', 'Tajik authorities report about 12 injured citizens of the Republic of Tajikistan and 3 dead.'),
      },
    ],
    note: 'The two sources agree on the dead; they differ on the Tajik wounded (five servicemen, or about twelve citizens).',
  },
];

/**
 * Kyrgyzstan–Tajikistan border clashes of 2021: the Golovnoy water-intake fighting of April–May
 * and the Naumin pass shootout of July. Sources name villages that GeoNames lacks (Kok-Tash,
 * Khoja Alo, the Naumin pass): those are shown at the seat of the district or region named.
 */
import { PLACES, seatPoint, townPoint } from '../gazetteer';
import type { Incident } from '../schema';
import { fromSeed, located, quoted } from '../sourceRefs';
import { statement } from './statement';

const SEED_2021_CLASH =
  'In April 2021, a clash between the residents of Kyrgyzstan and Tajikistan on the border escalated into an exchange of fire between the armed forces, resulting in at least 52 deaths and nearly 300 injuries.';

const AFP_2021 = quoted(
  'thenews-2021-tajikistan-19-dead',
  'The press service of the northern region of Sughd bordering Kyrgyzstan said 19 people were killed including six soldiers, while 87 people were injured. The statement brings to 55 the total number of dead, with another 270 people wounded.',
);
const OZODI_2021 = quoted(
  '24kg-2021-tajik-toll-unreported',
  'According to Radio Ozodi, 16 people were killed, eight of them were servicemen, and eight more were civilians.',
);
const KG_3_MAY_2021 = quoted(
  '24kg-2021-tajik-toll-unreported',
  'At least 183 Kyrgyzstanis sought medical help, 34 people died, including a child.',
);

export const kyrgyzTajik2021Incidents: Incident[] = [
  {
    id: 'golovnoy-border-clash-2021-04',
    name: 'Kyrgyzstan–Tajikistan border clash at the Golovnoy water intake',
    start: '2021-04-28',
    end: '2021-05-01',
    place:
      'Kok-Tash village, Batken region (Kyrgyzstan), and Khoja Alo, Isfara district (Tajikistan); Golovnoy water intake on the upper Isfara River; fighting spread to Leilek district (Kulundu)',
    parties: ['KGZ', 'TJK'],
    locations: [
      {
        name: 'Kok-Tash and the Golovnoy water intake, Batken region',
        role: 'where the clash began (Kok-Tash is not in GeoNames)',
        country: 'KGZ',
        coord: seatPoint(PLACES.batken, 'region', 'Batken region'),
      },
      { name: 'Kulundu', role: 'Kyrgyz village attacked on 29 April', country: 'KGZ', coord: townPoint(PLACES.kulundu) },
      {
        name: 'Khoja Alo, Isfara district',
        role: 'Tajik side (Khoja Alo is not in GeoNames)',
        country: 'TJK',
        coord: seatPoint(PLACES.isfara, 'district', 'Isfara district'),
      },
    ],
    casualties: [
      statement({
        people: 'all',
        statedBy: 'Su Chang and Li Xinwei (China International Studies)',
        asOf: '2021',
        killed: [52, 'atLeast', 'at least 52 deaths'],
        injured: [300, 'nearly', 'nearly 300 injuries'],
        text: 'resulting in at least 52 deaths and nearly 300 injuries',
        source: fromSeed(SEED_2021_CLASH),
      }),
      statement({
        side: 'KGZ',
        people: 'all',
        statedBy: 'Kyrgyz Ministry of Health',
        asOf: '2021-04-30',
        killed: [13, 'atLeast', 'At least 13 people were killed.'],
        text: 'Kyrgyz side, morning of 30 April: at least 13 killed (early count).',
        source: quoted('24kg-2021-13-killed', 'At least 13 people were killed.'),
      }),
      statement({
        side: 'KGZ',
        people: 'all',
        statedBy: 'Kyrgyz authorities (24.kg)',
        asOf: '2021-04',
        killed: [31, 'exact', '31 killed in Kyrgyzstan'],
        injured: [154, 'exact', '154 injured in Kyrgyzstan'],
        text: 'Kyrgyz side, during the fighting: 31 killed and 154 injured.',
        source: located('24kg-2021-death-toll-31', 'Kyrgyz toll during the fighting'),
      }),
      statement({
        side: 'KGZ',
        people: 'all',
        statedBy: 'Kyrgyz Ministry of Health (First Deputy Minister Aliza Soltonbekova)',
        asOf: '2021-05-01',
        killed: [33, 'exact', 'The death toll from Kyrgyzstan … has reached 33 people'],
        injured: [163, 'exact', 'A total of 163 people were injured'],
        text: 'Kyrgyz side, 1 May: 33 dead and 163 injured.',
        source: quoted(
          'trend-2021-kyrgyz-toll',
          'The death toll from Kyrgyzstan in the incident on the Kyrgyz-Tajik border has reached 33 people',
        ),
      }),
      statement({
        side: 'KGZ',
        people: 'all',
        statedBy: 'Kyrgyz authorities (24.kg)',
        asOf: '2021-05-03',
        killed: [34, 'exact', '34 people died, including a child'],
        injured: [183, 'atLeast', 'At least 183 Kyrgyzstanis sought medical help'],
        text: 'Kyrgyz side, 3 May: 34 dead, a child among them; at least 183 sought medical help.',
        source: KG_3_MAY_2021,
      }),
      statement({
        side: 'TJK',
        people: 'security',
        statedBy: 'Radio Ozodi',
        asOf: '2021-05-03',
        killed: [8, 'exact', 'eight of them were servicemen'],
        text: 'Tajik side: eight servicemen killed.',
        source: OZODI_2021,
      }),
      statement({
        side: 'TJK',
        people: 'civilians',
        statedBy: 'Radio Ozodi',
        asOf: '2021-05-03',
        killed: [8, 'exact', 'eight more were civilians'],
        text: 'Tajik side: eight civilians killed.',
        source: OZODI_2021,
      }),
      statement({
        side: 'TJK',
        people: 'all',
        statedBy: 'Sughd regional administration (Tajikistan)',
        asOf: '2021-05',
        killed: [19, 'exact', '19 people were killed including six soldiers'],
        injured: [87, 'exact', '87 people were injured'],
        text: 'Tajik side, first official toll: 19 killed, six of them soldiers, and 87 injured.',
        source: AFP_2021,
      }),
      statement({
        people: 'all',
        statedBy: 'AFP’s count from both governments',
        asOf: '2021-05-07',
        killed: [55, 'exact', 'The statement brings to 55 the total number of dead'],
        injured: [270, 'exact', 'another 270 people wounded'],
        text: 'Both sides together: 55 dead and 270 wounded once Tajikistan gave its toll.',
        source: AFP_2021,
      }),
    ],
    sources: [
      fromSeed(SEED_2021_CLASH),
      quoted(
        'trend-2021-kyrgyz-toll',
        'The situation on the border of Kyrgyzstan and Tajikistan escalated on April 28 after the citizens of Tajikistan began to install surveillance cameras at the water intake in the village of Kok-Tash, Batken region (Kyrgyzstan), following rumors of people stealing water.',
      ),
      quoted('24kg-2021-tajik-toll-unreported', 'The parties finally agreed on the armistice and withdrawal of troops only on the evening of May 1.'),
      quoted(
        'utrk-2021-leilek-attack',
        'At that time, Tajik citizens and soldiers attacked through the villages of Kulundu, Internatsional, Eski-Oochu, Maksat, Jashtyk, Borborduk, Dostuk, and Arka-2, located in the lower part of Leilek.',
      ),
    ],
    confidence: 'conflicting',
    claims: [
      { field: 'dead, both sides', value: 'at least 52', source: fromSeed(SEED_2021_CLASH) },
      {
        field: 'dead, both sides',
        value: '55',
        source: quoted('thenews-2021-tajikistan-19-dead', 'The statement brings to 55 the total number of dead'),
      },
      { field: 'injured, both sides', value: 'nearly 300', source: fromSeed(SEED_2021_CLASH) },
      { field: 'injured, both sides', value: '270', source: quoted('thenews-2021-tajikistan-19-dead', 'with another 270 people wounded') },
      { field: 'Tajik dead', value: '19 (Sughd administration)', source: quoted('trend-2021-tajik-toll', '19 Tajik citizens were killed') },
      { field: 'Tajik dead', value: '16 (Radio Ozodi)', source: OZODI_2021 },
    ],
    note: 'A quarrel over surveillance cameras at a shared water intake escalated into fighting between the two armies; an armistice held from the evening of 1 May. The Kyrgyz toll rose over several days, and Tajikistan gave no official figure until May. The article’s “at least 52 deaths and nearly 300 injuries” is of the same size as AFP’s later 55 dead and 270 wounded.',
  },
  {
    id: 'naumin-pass-border-shootout-2021-07',
    name: 'Kyrgyz–Tajik border guard shootout near the Naumin pass',
    start: '2021-07-08',
    place: 'Naumin pass area, Leilek district, Batken region (Kyrgyz account); near Devashtich district, Sughd (Tajik account)',
    parties: ['KGZ', 'TJK'],
    locations: [
      {
        name: 'Naumin pass, Leilek district',
        role: 'where the Kyrgyz border service places the shootout (the pass is not in GeoNames)',
        country: 'KGZ',
        coord: seatPoint(PLACES.isfana, 'district', 'Leilek district'),
      },
    ],
    casualties: [
      statement({
        side: 'KGZ',
        people: 'security',
        statedBy: 'Kyrgyz border service (24.kg)',
        asOf: '2021-07-09',
        killed: [1, 'exact', 'a 27-year-old Kyrgyz border guard Husniddin Khozhiyev was killed'],
        text: 'One Kyrgyz border guard, Husniddin Khozhiyev (27), killed; the Kyrgyz side said there were also dead and wounded on the Tajik side, without figures.',
        source: quoted(
          'asiaplus-2021-naumin-shootout',
          'a 27-year-old Kyrgyz border guard Husniddin Khozhiyev was killed in a shootout that took place between Kyrgyz and Tajik border guards along the disputed segment of the two nations’ mutual border on July 8.',
        ),
      }),
      statement({
        side: 'KGZ',
        people: 'security',
        statedBy: 'Tajik State Committee for National Security',
        asOf: '2021-07-08',
        injured: [2, 'exact', 'Two Kyrgyz border guards were wounded'],
        text: 'Tajik account: two Kyrgyz border guards wounded by return fire.',
        source: quoted(
          'asiaplus-2021-naumin-shootout',
          'Two Kyrgyz border guards were wounded by the return fire of Tajik border guards',
        ),
      }),
    ],
    sources: [
      quoted(
        'asiaplus-2021-naumin-shootout',
        'A Kyrgyz border unit on a horseback patrol was reportedly attacked by Tajik border guards in the Naumin pass area in the Leilek district of the Batken region.',
      ),
    ],
    confidence: 'conflicting',
    claims: [
      {
        field: 'who fired first',
        value: 'Tajik border guards (Kyrgyz border service)',
        source: quoted('asiaplus-2021-naumin-shootout', 'A Kyrgyz border unit on a horseback patrol was reportedly attacked by Tajik border guards'),
      },
      {
        field: 'who fired first',
        value: 'Kyrgyz border guards who crossed the border (Tajik security committee)',
        source: quoted('asiaplus-2021-naumin-shootout', 'Kyrgyz border guards opened fire on them.'),
      },
    ],
  },
];

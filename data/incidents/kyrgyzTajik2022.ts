/**
 * Kyrgyzstan–Tajikistan border clashes in 2022: January (Tort-Kocho), June (Kekh / Bulak-Bashy)
 * and the four-day war of September. The posts and villages named (Tort-Kocho, Bulak-Bashy,
 * Kekh, Kak-Sai, Ovchi-Kalacha) are not in GeoNames: each is shown at the seat of the district
 * or region the source names, or at the town the source places it near.
 */
import { PLACES, seatPoint } from '../gazetteer';
import type { Incident } from '../schema';
import { located, quoted } from '../sourceRefs';
import { statement } from './statement';

const TAIPEI_TIMES = 'taipeitimes-2022-01-ceasefire';
const HRW_2023 = quoted(
  'asiaplus-2023-hrw-report',
  'In total, Human Rights Watch documented the death of 37 civilians, including 5 children, and injuries to 36 others on both sides. Media reports and official victim lists indicate that the total number may reach 51 civilians killed and 121 injured.',
);
const DW_2022 = 'dw-2022-dozens-dead';

export const kyrgyzTajik2022Incidents: Incident[] = [
  {
    id: 'batken-border-clash-2022-01',
    name: 'Kyrgyz–Tajik border guard clash at Tort-Kocho, near Batken',
    start: '2022-01-27',
    end: '2022-01-28',
    place: 'Tort-Kocho and Chyr-Dobo, Batken district (Kyrgyzstan), on the Batken–Isfana road',
    parties: ['KGZ', 'TJK'],
    locations: [
      {
        name: 'Tort-Kocho and Chyr-Dobo, Batken district',
        role: 'where the border guards exchanged fire (neither locality is in GeoNames)',
        country: 'KGZ',
        coord: seatPoint(PLACES.batken, 'district', 'Batken district'),
      },
    ],
    casualties: [
      statement({
        side: 'TJK',
        people: 'civilians',
        statedBy: 'Asia-Plus (via AFP)',
        asOf: '2022-01-27',
        killed: [1, 'exact', 'a male Tajik villager had died'],
        text: 'One Tajik villager died after shells fired from the Kyrgyz side struck his house.',
        source: quoted(TAIPEI_TIMES, 'Asia Plus earlier on Thursday reported that a male Tajik villager had died after shells fired from the Kyrgyz side struck his house.'),
      }),
      statement({
        side: 'TJK',
        people: 'all',
        statedBy: 'Asia-Plus (via AFP)',
        asOf: '2022-01-27',
        injured: [17, 'exact', '17 Tajiks had been injured'],
        text: 'Seventeen Tajiks injured.',
        source: quoted(TAIPEI_TIMES, 'The news agency said that 17 Tajiks had been injured.'),
      }),
      statement({
        side: 'KGZ',
        people: 'all',
        statedBy: 'Kyrgyz Ministry of Health',
        asOf: '2022-01-28',
        injured: [11, 'atLeast', 'at least 11 of its citizens were being treated for injuries'],
        text: 'At least eleven Kyrgyz citizens treated for injuries.',
        source: quoted(
          TAIPEI_TIMES,
          'The Kyrgyz Ministry of Health yesterday said that at least 11 of its citizens were being treated for injuries that it said were moderately serious.',
        ),
      }),
      statement({
        people: 'all',
        statedBy: 'Officials on both sides (RFE/RL)',
        asOf: '2022-01-28',
        killed: [2, 'atLeast', 'At least two people were killed'],
        text: 'Both sides together: at least two killed and many more wounded (later count).',
        source: quoted(
          'rferl-2022-01-deadly-clashes',
          'At least two people were killed and many more wounded as Kyrgyz and Tajik security forces traded fire along a disputed segment of the border between the two countries, according to officials on both sides.',
        ),
      }),
    ],
    sources: [
      quoted(
        'mamul-2022-01-exchange-fire',
        'Major shootouts between the border guard troops of Kyrgyzstan and Tajikistan are occurring in the areas of Tort-Kocho and Chyr-Dobo. The Tajik side is using mortars and grenade launchers,',
      ),
      quoted('rferl-2022-01-deadly-clashes', 'Authorities in both countries agreed to a cease-fire on January 28.'),
    ],
    confidence: 'conflicting',
    claims: [
      {
        field: 'dead',
        value: 'one Tajik villager (Asia-Plus, 27 January)',
        source: quoted(TAIPEI_TIMES, 'a male Tajik villager had died'),
      },
      {
        field: 'dead',
        value: 'at least two (officials on both sides, 28 January)',
        source: quoted('rferl-2022-01-deadly-clashes', 'At least two people were killed'),
      },
    ],
    note: 'Each side said the other blocked the Batken–Isfana road and fired first. A ceasefire was agreed on 28 January.',
  },
  {
    id: 'bulak-bashy-border-shootout-2022-06-03',
    name: 'Kyrgyz–Tajik border guard shootout at Bulak-Bashy',
    start: '2022-06-03',
    place: 'Bulak-Bashy area, Batken district (Kyrgyzstan), opposite the Tajik post of Kekh near Isfara',
    parties: ['KGZ', 'TJK'],
    locations: [
      {
        name: 'Bulak-Bashy, Batken district',
        role: 'Kyrgyz border post (not in GeoNames)',
        country: 'KGZ',
        coord: seatPoint(PLACES.batken, 'district', 'Batken district'),
      },
    ],
    casualties: [
      statement({
        side: 'KGZ',
        people: 'security',
        statedBy: 'Kyrgyz Border Guard Service',
        asOf: '2022-06-03',
        text: 'Preliminary Kyrgyz report: no injuries or casualties on the Kyrgyz side.',
        source: quoted('newsaz-2022-06-03-shootout', 'According to preliminary reports, there are no injuries or casualties on the Kyrgyz side, it added.'),
      }),
      statement({
        people: 'soldiers',
        statedBy: 'RFE/RL (via Wprost)',
        asOf: '2022-06',
        text: 'Several soldiers wounded on both sides (no figure given).',
        source: quoted('wprost-2022-06-border-soldier-killed', 'Wówczas rannych zostało kilku żołnierzy po obu tronach.'),
      }),
    ],
    sources: [
      quoted(
        'newsaz-2022-06-03-shootout',
        'The Kyrgyz Border Guard Service noted that in response to a demand to leave Kyrgyz territory, Tajik border guards opened fire.',
      ),
      quoted('wprost-2022-06-border-soldier-killed', 'Na początku czerwca również doszło tam do wymiany ognia.'),
    ],
    confidence: 'sourced',
    note: 'Reports that a Tajik soldier died in this shootout rest on a source we do not cite; no death is recorded here.',
  },
  {
    id: 'kekh-border-shootout-2022-06-14',
    name: 'Kyrgyz–Tajik border guard shootout at Kekh / Bulak-Bashy',
    start: '2022-06-14',
    place: 'Tajik border post of Kekh, near Isfara (Tajikistan), and the Kyrgyz post at Bulak-Bashy, Batken region',
    parties: ['KGZ', 'TJK'],
    locations: [
      {
        name: 'Kekh post, near Isfara',
        role: 'Tajik post (not in GeoNames); shown at the seat of Isfara district, which the source places it in',
        country: 'TJK',
        coord: seatPoint(PLACES.isfara, 'district', 'Isfara district'),
      },
      {
        name: 'Bulak-Bashy, Batken region',
        role: 'Kyrgyz border post (not in GeoNames)',
        country: 'KGZ',
        coord: seatPoint(PLACES.batken, 'region', 'Batken region'),
      },
    ],
    casualties: [
      statement({
        side: 'TJK',
        people: 'soldiers',
        statedBy: 'RFE/RL (via Wprost)',
        asOf: '2022-06-14',
        killed: [1, 'exact', 'zginąć 26-letni tadżycki żołnierz'],
        text: 'One Tajik soldier, 26, killed; Kyrgyzstan reported no losses on its side.',
        source: quoted('wprost-2022-06-border-soldier-killed', 'W wymianie ognia miał jednak zginąć 26-letni tadżycki żołnierz.'),
      }),
    ],
    sources: [
      quoted(
        'wprost-2022-06-border-soldier-killed',
        'Kirgiskie wojsko odpowiedziało ogniem w kierunku tadżyckiej placówki – poinformowała rosyjska niezależna agencja informacyjna Interfax.',
      ),
    ],
    confidence: 'sourced',
  },
  {
    id: 'kyrgyzstan-tajikistan-border-war-2022-09',
    name: 'Kyrgyzstan–Tajikistan border fighting (Batken and Leilek)',
    start: '2022-09-14',
    end: '2022-09-17',
    place:
      'Bulak-Bashy, Kak-Sai and Paksy-Aryk (Batken district) and villages of Leilek district (Kyrgyzstan); Ovchi-Kalacha (Bobojon-Ghafurov district) and other Tajik border villages',
    parties: ['KGZ', 'TJK'],
    locations: [
      {
        name: 'Bulak-Bashy, Kak-Sai and Paksy-Aryk, Batken district',
        role: 'where the fighting began (none is in GeoNames)',
        country: 'KGZ',
        coord: seatPoint(PLACES.batken, 'district', 'Batken district'),
      },
      {
        name: 'Leilek district (Dostuk, Maksat)',
        role: 'Kyrgyz villages attacked on 16 September (not in GeoNames)',
        country: 'KGZ',
        coord: seatPoint(PLACES.isfana, 'district', 'Leilek district'),
      },
      {
        name: 'Ovchi-Kalacha, Bobojon-Ghafurov district',
        role: 'Tajik village struck by a Kyrgyz laser-guided bomb on 16 September (not in GeoNames)',
        country: 'TJK',
        coord: seatPoint(PLACES.ghafurov, 'district', 'Bobojon-Ghafurov district'),
      },
    ],
    casualties: [
      statement({
        side: 'TJK',
        people: 'security',
        statedBy: 'Tajik law-enforcement source (TASS)',
        asOf: '2022-09-14',
        killed: [1, 'exact', 'One Tajik border guard was killed'],
        text: 'First day: one Tajik border guard killed and several wounded.',
        source: quoted(
          'tass-2022-09-14-border-guard-killed',
          'One Tajik border guard was killed and several others were wounded in an armed conflict on the Tajik-Kyrgyz border in the Vorukh District',
        ),
      }),
      statement({
        side: 'KGZ',
        people: 'security',
        statedBy: 'Kyrgyz Border Service',
        asOf: '2022-09-14',
        injured: [2, 'exact', 'two service members … had suffered wounds'],
        text: 'First day: two Kyrgyz security-committee servicemen wounded.',
        source: quoted(
          'tass-2022-09-14-border-guard-killed',
          'The Kyrgyz Border Service, in turn, said that two service members of the country’s State Committee for National Security had suffered wounds in the shootout on the border with Tajikistan.',
        ),
      }),
      statement({
        side: 'KGZ',
        people: 'all',
        statedBy: 'Kyrgyz Ministry of Health',
        asOf: '2022-09-18',
        killed: [36, 'exact', 'The total number of dead … is 36'],
        injured: [134, 'exact', 'another 134 have been injured'],
        text: 'Kyrgyz side, 18 September: 36 dead and 134 injured (the ministry’s previous toll was 24 dead).',
        source: quoted(
          'alarabiya-2022-09-kyrgyz-toll-36',
          '“The total number of dead as a result of the armed conflict in the (Kyrgyz) Batken region is 36,” and another 134 have been injured, the ministry said in a statement.',
        ),
      }),
      statement({
        side: 'KGZ',
        people: 'all',
        statedBy: 'Kyrgyz Ministry of Health',
        asOf: '2022-09-18',
        killed: [36, 'atLeast', 'at least 36 people died'],
        injured: [130, 'moreThan', 'more than 130 injured'],
        text: 'Kyrgyz side, 18 September: at least 36 dead and more than 130 injured.',
        source: quoted(
          DW_2022,
          'Kyrgyzstan\'s Health Ministry said at least 36 people died during recent clashes — revising the death toll from 24 earlier this week — and more than 130 injured.',
        ),
      }),
      statement({
        side: 'TJK',
        people: 'all',
        statedBy: 'Tajik Ministry of Foreign Affairs',
        asOf: '2022-09-18',
        killed: [35, 'atLeast', 'at least 35 people died'],
        text: 'Tajik side, 18 September: at least 35 dead, women and children among them.',
        source: quoted(DW_2022, 'Tajikistan\'s foreign ministry said at least 35 people died, including women and children, during recent clashes.'),
      }),
      statement({
        side: 'KGZ',
        people: 'all',
        statedBy: 'Kyrgyz Ministry of Emergency Situations',
        asOf: '2022-09-18',
        killed: [37, 'exact', 'a total of 37 citizens of the republic were killed'],
        injured: [129, 'exact', '129 injured'],
        text: 'Kyrgyz side: 37 citizens killed and 129 injured.',
        source: quoted(
          'polise-2022-37-killed',
          'In the course of the armed conflict on the Kyrgyz-Tajik state border, a total of 37 citizens of the republic were killed, and 129 injured',
        ),
      }),
      statement({
        side: 'KGZ',
        people: 'all',
        statedBy: 'Kyrgyz Ministry of Health (Anadolu, via Babel)',
        asOf: '2022-09-18',
        killed: [46, 'exact', '46 dead'],
        injured: [140, 'exact', '140 wounded'],
        text: 'Kyrgyz side: 46 dead and 140 wounded.',
        source: quoted('babel-2022-losses-named', 'The Ministry of Health of Kyrgyzstan announced 46 dead and 140 wounded.'),
      }),
      statement({
        side: 'TJK',
        people: 'all',
        statedBy: 'Tajik Ministry of Foreign Affairs (Anadolu, via Babel)',
        asOf: '2022-09-18',
        killed: [38, 'exact', 'the death of 38 citizens, including two military personnel'],
        injured: [20, 'moreThan', 'More than 20 people were injured'],
        text: 'Tajik side: 38 citizens dead, two of them military; more than 20 injured.',
        source: quoted(
          'babel-2022-losses-named',
          'The Ministry of Foreign Affairs of Tajikistan announced the death of 38 citizens, including two military personnel. More than 20 people were injured.',
        ),
      }),
      statement({
        side: 'KGZ',
        people: 'all',
        statedBy: 'Kyrgyz Ministry of Health',
        asOf: '2022-09-18',
        killed: [59, 'exact', 'The overall number of those killed … stands at 59'],
        injured: [144, 'exact', 'as many as 144 people were wounded'],
        text: 'Kyrgyz side, evening of 18 September: 59 killed, soldiers and civilians, and 144 wounded.',
        source: quoted(
          'mamul-2022-death-toll-59',
          'The overall number of those killed as a result of conflict in the Batken region stands at 59',
        ),
      }),
      statement({
        side: 'TJK',
        people: 'all',
        statedBy: 'Tajik Deputy Foreign Minister Sodik Imomi',
        asOf: '2022-09',
        killed: [41, 'exact', 'forty-one people killed'],
        text: 'Tajik side: 41 dead (briefing by the deputy foreign minister).',
        source: located('tajikistannewsgazette-2022-41-killed', 'briefing by Deputy Foreign Minister Sodik Imomi'),
      }),
      statement({
        people: 'civilians',
        statedBy: 'Human Rights Watch',
        asOf: '2023-05-02',
        killed: [37, 'exact', 'the death of 37 civilians, including 5 children'],
        injured: [36, 'exact', 'injuries to 36 others on both sides'],
        text: 'Both sides: Human Rights Watch documented 37 civilians killed, five of them children, and 36 injured.',
        source: HRW_2023,
      }),
      statement({
        people: 'civilians',
        statedBy: 'Human Rights Watch, from media reports and official victim lists',
        asOf: '2023-05-02',
        killed: [51, 'upTo', 'may reach 51 civilians killed'],
        injured: [121, 'upTo', '121 injured'],
        text: 'Both sides: the civilian toll may reach 51 killed and 121 injured.',
        source: HRW_2023,
      }),
      statement({
        people: 'all',
        statedBy: 'RFE/RL',
        asOf: '2023-05',
        killed: [100, 'moreThan', 'more than 100 civilians and soldiers dead'],
        text: 'Both sides together: more than 100 civilians and soldiers dead.',
        source: quoted(
          'rferl-2023-hrw-war-crimes',
          'Actions carried out by Kyrgyz and Tajik forces during a four-day conflict along the Central Asian countries’ contested border that left more than 100 civilians and soldiers dead in September included “serious violations of the laws of war by both sides,” Human Rights Watch said.',
        ),
      }),
    ],
    sources: [
      quoted(
        'mamul-2022-death-toll-59',
        'The Kyrgyz side said that on Wednesday Tajik border guards had penetrated into a border section near Bulak-Bashy in Kyrgyzstan’s Batken region and "took combat positions."',
      ),
      quoted('mamul-2022-death-toll-59', 'Several hours later, armed clashes were reported in the areas of Kak-Sai and Paksy-Aryk.'),
      quoted(
        'hrw-2023-border-conflict',
        'is the most detailed human rights account to date of the 4 days of fighting in 2022, from September 14 to 17.',
      ),
      quoted(
        'caliber-2022-wounded-122',
        'The Collective Security Treaty Organisation (CSTO) and the Shanghai Cooperation Organisation (SCO) called on Kyrgyzstan and Tajikistan to peacefully resolve the conflict, which began on September 14, 2022.',
      ),
    ],
    confidence: 'conflicting',
    claims: [
      { field: 'Kyrgyz dead', value: '36 (health ministry, 18 September, morning)', source: quoted(DW_2022, 'at least 36 people died') },
      { field: 'Kyrgyz dead', value: '37 (emergencies ministry)', source: quoted('polise-2022-37-killed', 'a total of 37 citizens of the republic were killed') },
      { field: 'Kyrgyz dead', value: '46 (health ministry, via Anadolu)', source: quoted('babel-2022-losses-named', 'announced 46 dead') },
      { field: 'Kyrgyz dead', value: '59 (health ministry, 18 September, evening)', source: quoted('mamul-2022-death-toll-59', 'stands at 59') },
      { field: 'Tajik dead', value: '35 (foreign ministry)', source: quoted(DW_2022, 'at least 35 people died') },
      { field: 'Tajik dead', value: '38 (foreign ministry, via Anadolu)', source: quoted('babel-2022-losses-named', 'the death of 38 citizens') },
      { field: 'Tajik dead', value: '41 (deputy foreign minister)', source: located('tajikistannewsgazette-2022-41-killed', 'briefing by Deputy Foreign Minister Sodik Imomi') },
    ],
    note: 'Fighting broke out on 14 September 2022, on the eve of the SCO summit in Samarkand (15–16 September); the CSTO and the SCO called on both sides to settle it peacefully. A ceasefire agreed on 16 September was broken on the 17th; Human Rights Watch dates the fighting 14–17 September. Of the 972 km border, 519 km had been agreed (Kyrgyz security committee, via Babel.ua).',
  },
];

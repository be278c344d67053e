/**
 * Armed incidents on the borders between SCO member states, 2014 on (a selection).
 *
 * Rules this file keeps:
 * - `casualties` holds one claim per source statement, in the source's words. `killed` and
 *   `injured` are the numbers that statement gives; where it gives both sides' figures they are
 *   summed and the count's own `text` says what was added up. A count's `text` always says whose
 *   dead or wounded it counts.
 * - Incident sites are rarely in the gazetteer: they are shown at the nearest gazetteer town
 *   (a proxy) or at a country centroid, and the basis says so.
 */
import { atCentroid, incidentProxy, townPoint, TOWNS } from './eventPlaces';
import type { Incident } from './schema';
import { fromSeed, located, quoted } from './sourceRefs';

const SEED_2021_CLASH =
  'In April 2021, a clash between the residents of Kyrgyzstan and Tajikistan on the border escalated into an exchange of fire between the armed forces, resulting in at least 52 deaths and nearly 300 injuries.';

export const incidents = [
  {
    id: 'ak-sai-border-shootout-2014',
    name: 'Kyrgyz–Tajik border guard shootout at Ak-Sai',
    start: '2014-01-11',
    place: 'Near Ak-Sai and Kok-Tash, Batken region (Kyrgyzstan), by the Tajik exclave of Vorukh',
    parties: ['KGZ', 'TJK'],
    locations: [
      {
        name: 'Isfara (proxy for Ak-Sai / Kok-Tash)',
        role: 'nearest gazetteer town, on the Tajik side',
        country: 'TJK',
        coord: incidentProxy(TOWNS.isfara),
      },
    ],
    casualties: [
      {
        injured: {
          value: 6,
          qualifier: 'exact',
          text: 'Six Kyrgyz soldiers were wounded',
          source: quoted('kgembassy-2014-border-incident', 'Six Kyrgyz soldiers were wounded'),
        },
        text: 'Six Kyrgyz soldiers were wounded (Kyrgyz government account).',
        source: quoted('kgembassy-2014-border-incident', 'Six Kyrgyz soldiers were wounded'),
      },
      {
        injured: {
          value: 8,
          qualifier: 'exact',
          text: 'five Kyrgyz border guards, one Kyrgyz policeman, and two Tajik border guards have been hospitalized',
          source: quoted(
            'rferl-2014-border-shooting',
            'Officials say five Kyrgyz border guards, one Kyrgyz policeman, and two Tajik border guards have been hospitalized with injuries',
          ),
        },
        text: 'Five Kyrgyz border guards, one Kyrgyz policeman and two Tajik border guards hospitalised (11 January).',
        source: quoted(
          'rferl-2014-border-shooting',
          'Officials say five Kyrgyz border guards, one Kyrgyz policeman, and two Tajik border guards have been hospitalized with injuries',
        ),
      },
      {
        injured: {
          value: 9,
          qualifier: 'exact',
          text: 'five Kyrgyz border guards, one Kyrgyz policeman, and three Tajik border guards were hospitalized',
          source: quoted(
            'rferl-2014-border-gunfight',
            'Officials say five Kyrgyz border guards, one Kyrgyz policeman, and three Tajik border guards were hospitalized with injuries',
          ),
        },
        text: 'Five Kyrgyz border guards, one Kyrgyz policeman and three Tajik border guards hospitalised (12 January).',
        source: quoted(
          'rferl-2014-border-gunfight',
          'Officials say five Kyrgyz border guards, one Kyrgyz policeman, and three Tajik border guards were hospitalized with injuries',
        ),
      },
      {
        killed: {
          value: 0,
          qualifier: 'exact',
          text: 'no deaths',
          source: located('eurasianet-2014-death-reported', 'recap of the January 2014 shootout'),
        },
        injured: {
          value: 7,
          qualifier: 'atLeast',
          text: 'at least 7 injured',
          source: located('eurasianet-2014-death-reported', 'recap of the January 2014 shootout'),
        },
        text: 'At least 7 injured; no deaths.',
        source: located('eurasianet-2014-death-reported', 'recap of the January 2014 shootout'),
      },
      {
        killed: {
          value: 0,
          qualifier: 'exact',
          text: 'no deaths',
          source: quoted('barcelonaradical-2014-border-fighting', 'There were a number of injuries on both sides but no deaths.'),
        },
        text: 'There were a number of injuries on both sides but no deaths (International Crisis Group).',
        source: quoted('barcelonaradical-2014-border-fighting', 'There were a number of injuries on both sides but no deaths.'),
      },
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
      { field: 'injured', value: '6 Kyrgyz soldiers', source: quoted('kgembassy-2014-border-incident', 'Six Kyrgyz soldiers were wounded') },
      {
        field: 'injured',
        value: '8 hospitalised (6 Kyrgyz, 2 Tajik)',
        source: quoted('rferl-2014-border-shooting', 'two Tajik border guards have been hospitalized with injuries'),
      },
      {
        field: 'injured',
        value: '9 hospitalised (6 Kyrgyz, 3 Tajik)',
        source: quoted('rferl-2014-border-gunfight', 'three Tajik border guards were hospitalized with injuries'),
      },
      {
        field: 'injured',
        value: 'at least 7',
        source: located('eurasianet-2014-death-reported', 'recap of the January 2014 shootout'),
      },
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
    locations: [
      {
        name: 'Isfara (proxy for Vorukh / Ak-Sai)',
        role: 'nearest gazetteer town',
        country: 'TJK',
        coord: incidentProxy(TOWNS.isfara),
      },
    ],
    casualties: [
      {
        killed: {
          value: 1,
          qualifier: 'exact',
          text: '1 Tajik national (apparently a civilian) killed',
          source: located('eurasianet-2014-death-reported', 'figures from Radio Liberty’s Tajik service, citing a Vorukh doctor'),
        },
        injured: {
          value: 5,
          qualifier: 'exact',
          text: '5 injured',
          source: located('eurasianet-2014-death-reported', 'figures from Radio Liberty’s Tajik service, citing a Vorukh doctor'),
        },
        text: 'One Tajik national, apparently a civilian, killed and five injured (Radio Liberty’s Tajik service, citing a Vorukh doctor).',
        source: located('eurasianet-2014-death-reported', 'figures from Radio Liberty’s Tajik service, citing a Vorukh doctor'),
      },
      {
        injured: {
          value: 7,
          qualifier: 'exact',
          text: '7 wounded',
          source: located('eurasianet-2014-death-reported', 'figures from Asia-Plus'),
        },
        text: 'Seven wounded (Asia-Plus, as cited by Eurasianet).',
        source: located('eurasianet-2014-death-reported', 'figures from Asia-Plus'),
      },
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
    locations: [
      {
        name: 'Isfara (proxy for Vorukh / Ak-Sai)',
        role: 'nearest gazetteer town',
        country: 'TJK',
        coord: incidentProxy(TOWNS.isfara),
      },
    ],
    casualties: [
      {
        killed: {
          value: 1,
          qualifier: 'exact',
          text: 'the 43-year-old Husein Hakimov was shot',
          source: quoted(
            'asiaplus-2019-road-works',
            'The Tajik border service also confirmed that the 43-year-old Husein Hakimov was shot from Kyrgyz territory.',
          ),
        },
        injured: {
          value: 11,
          qualifier: 'exact',
          text: 'eleven people were hospitalized with serious injuries',
          source: quoted('asiaplus-2019-road-works', 'As a result, eleven people were hospitalized with serious injuries.'),
        },
        text: 'One Tajik man (Husein Hakimov, 43) shot dead; eleven people hospitalised with serious injuries (Tajik border service).',
        source: quoted('asiaplus-2019-road-works', 'As a result, eleven people were hospitalized with serious injuries.'),
      },
    ],
    sources: [
      quoted(
        'asiaplus-2019-road-works',
        'Tajik border service says the clashes broke out on March 13 after the Kyrgyz authorities attempted to resume work on constructing the Koktosh-Aksai-Tamdyk road.',
      ),
    ],
    confidence: 'sourced',
    note: 'Only the Tajik border service’s account was read; the Kyrgyz version is not included.',
  },
  {
    id: 'kulundu-border-shootout-2019-09',
    name: 'Kulundu / Ovchi-Kalacha border shootout',
    start: '2019-09-16',
    place: 'Bobojon-Ghafurov district (Sughd, Tajikistan) and Kulundu (Batken, Kyrgyzstan)',
    parties: ['KGZ', 'TJK'],
    locations: [
      {
        name: 'Khujand (proxy for Bobojon-Ghafurov district / Kulundu)',
        role: 'regional centre near the incident area',
        country: 'TJK',
        coord: incidentProxy(TOWNS.khujand, 'centre of the Sughd region that holds Bobojon-Ghafurov district'),
      },
    ],
    casualties: [
      {
        killed: {
          value: 4,
          qualifier: 'exact',
          text: '3 Tajik border guards and 1 Kyrgyz (Ravshan Muminov, 40) killed',
          source: located('asiaplus-2019-kulundu-wounded', 'tolls for both sides'),
        },
        injured: {
          value: 18,
          qualifier: 'exact',
          text: '5 Tajik servicemen and 13 Kyrgyz citizens wounded',
          source: located('asiaplus-2019-kulundu-wounded', 'tolls for both sides'),
        },
        text: 'Three Tajik border guards killed and five Tajik servicemen wounded; one Kyrgyz (Ravshan Muminov, 40) killed and 13 Kyrgyz citizens wounded.',
        source: located('asiaplus-2019-kulundu-wounded', 'tolls for both sides'),
      },
      {
        killed: {
          value: 4,
          qualifier: 'exact',
          text: 'One Kyrgyz serviceman died … 3 dead [Tajik]',
          source: quoted(
            '24kg-2019-tort-kocho-construction',
            'One Kyrgyz serviceman died, 13 were injured, including a teenager. Tajik authorities report about 12 injured citizens of the Republic of Tajikistan and 3 dead.',
          ),
        },
        injured: {
          value: 25,
          qualifier: 'about',
          text: '13 were injured [Kyrgyz] … about 12 injured citizens of the Republic of Tajikistan',
          source: quoted(
            '24kg-2019-tort-kocho-construction',
            'One Kyrgyz serviceman died, 13 were injured, including a teenager. Tajik authorities report about 12 injured citizens of the Republic of Tajikistan and 3 dead.',
          ),
        },
        text: 'One Kyrgyz serviceman died and 13 were injured; Tajik authorities reported about 12 injured Tajik citizens and 3 dead.',
        source: quoted(
          '24kg-2019-tort-kocho-construction',
          'One Kyrgyz serviceman died, 13 were injured, including a teenager. Tajik authorities report about 12 injured citizens of the Republic of Tajikistan and 3 dead.',
        ),
      },
    ],
    sources: [located('asiaplus-2019-kulundu-wounded', 'report on the 16 September 2019 shootout')],
    confidence: 'conflicting',
    claims: [
      {
        field: 'Tajik injured',
        value: '5 servicemen',
        source: located('asiaplus-2019-kulundu-wounded', 'names of the wounded Tajik servicemen'),
      },
      {
        field: 'Tajik injured',
        value: 'about 12 citizens',
        source: quoted('24kg-2019-tort-kocho-construction', 'Tajik authorities report about 12 injured citizens of the Republic of Tajikistan and 3 dead.'),
      },
    ],
    note: 'The two sources agree on the dead; they differ on the Tajik wounded (five servicemen, or about twelve citizens).',
  },
  {
    id: 'galwan-valley-clash-2020',
    name: 'Galwan Valley clash (India–China, eastern Ladakh)',
    start: '2020-06-15',
    end: '2020-06-16',
    place: 'Patrolling Point 14, Galwan Valley, eastern Ladakh, on the Line of Actual Control',
    parties: ['IND', 'CHN'],
    locations: [
      {
        name: 'Galwan River mouth (confluence with the Shyok)',
        role: 'reference point for the valley; the clash site at Patrolling Point 14 is upstream',
        coord: {
          lat: 34.7491,
          lon: 78.1656,
          precision: 'approximate',
          basis:
            'approximated from the mouth of the Galwan River (its confluence with the Shyok), whose coordinates the Wikipedia infobox gives; the clash site at Patrolling Point 14 lies upstream and its coordinates are not known',
          source: located('wikiclassic-galwan-valley', 'infobox: Mouth 34°44′57″N 78°09′56″E'),
        },
      },
    ],
    casualties: [
      {
        killed: {
          value: 20,
          qualifier: 'exact',
          text: '20 Indian soldiers killed, including a colonel',
          source: located('hindustantimes-2020-galwan', 'Indian Army statement on the dead'),
        },
        text: '20 Indian soldiers killed, including a colonel (Indian Army).',
        source: located('hindustantimes-2020-galwan', 'Indian Army statement on the dead'),
      },
      {
        killed: {
          value: 24,
          qualifier: 'atLeast',
          text: 'four [Chinese] soldiers killed … also killed at least 20 Indian soldiers',
          source: quoted(
            'thenews-2021-china-confirms-four',
            'China´s defence ministry on Friday named four soldiers killed in a brawl with Indian forces last year, the first confirmation of deaths by Beijing from the border clash that also killed at least 20 Indian soldiers.',
          ),
        },
        text: 'China’s defence ministry named four Chinese soldiers killed (February 2021); at least 20 Indian soldiers also died.',
        source: quoted(
          'thenews-2021-china-confirms-four',
          'China´s defence ministry on Friday named four soldiers killed in a brawl with Indian forces last year, the first confirmation of deaths by Beijing from the border clash that also killed at least 20 Indian soldiers.',
        ),
      },
      {
        text: 'ANI claimed 43, later 45, then “significant” Chinese casualties (unofficial; killed and wounded not separated).',
        source: located('idrw-2020-galwan', 'ANI figures for Chinese casualties'),
      },
      {
        text: 'ANI first reported 45 Chinese casualties and changed the figure the next day.',
        source: located('deccanherald-2020-galwan', 'timeline entry on the ANI casualty report'),
      },
    ],
    sources: [
      located('hindustantimes-2020-galwan', 'report of the clash and the Indian toll'),
      quoted(
        'thenews-2021-china-confirms-four',
        'The Chinese soldiers "sacrificed themselves" during the June confrontation in the contested Galwan Valley border area with Indian troops, the ministry said.',
      ),
    ],
    confidence: 'conflicting',
    claims: [
      {
        field: 'Chinese dead',
        value: '4 (Chinese defence ministry, February 2021)',
        source: quoted('thenews-2021-china-confirms-four', 'named four soldiers killed'),
      },
      {
        field: 'Chinese dead',
        value: '43, then 45 casualties (ANI, unofficial)',
        source: located('idrw-2020-galwan', 'ANI figures for Chinese casualties'),
      },
      {
        field: 'coordinates of the Galwan River mouth',
        value: '34.7491 N, 78.1656 E (34°44′57″N 78°09′56″E)',
        source: located('wikiclassic-galwan-valley', 'infobox: Mouth'),
      },
      {
        field: 'coordinates of the Galwan River mouth',
        value: '34.75917 N, 78.17028 E',
        source: located('wikipedia-galwan-river-rev-671644357', 'coordinates of the confluence with the Shyok'),
      },
    ],
    note: 'Fought on the evening and night of 15 June 2020 by Indian accounts. The first deadly clash between India and China since 1975 (Hindustan Times).',
  },
  {
    id: 'golovnoy-border-clash-2021-04',
    name: 'Kyrgyzstan–Tajikistan border clash at the Golovnoy water intake',
    start: '2021-04-28',
    end: '2021-05-01',
    place:
      'Kok-Tash village, Batken region (Kyrgyzstan), and Khoja Alo / Chorkuh, Isfara district (Tajikistan); Golovnoy water intake on the upper Isfara River',
    parties: ['KGZ', 'TJK'],
    locations: [
      {
        name: 'Isfara (proxy for Kok-Tash and the Golovnoy water intake)',
        role: 'Tajik town near the Golovnoy intake',
        country: 'TJK',
        coord: incidentProxy(TOWNS.isfara),
      },
    ],
    casualties: [
      {
        killed: { value: 52, qualifier: 'atLeast', text: 'at least 52 deaths', source: fromSeed(SEED_2021_CLASH) },
        injured: { value: 300, qualifier: 'nearly', text: 'nearly 300 injuries', source: fromSeed(SEED_2021_CLASH) },
        text: 'resulting in at least 52 deaths and nearly 300 injuries',
        source: fromSeed(SEED_2021_CLASH),
      },
      {
        killed: {
          value: 55,
          qualifier: 'exact',
          text: 'The statement brings to 55 the total number of dead',
          source: quoted(
            'thenews-2021-tajikistan-19-dead',
            'The statement brings to 55 the total number of dead, with another 270 people wounded.',
          ),
        },
        injured: {
          value: 270,
          qualifier: 'exact',
          text: 'another 270 people wounded',
          source: quoted(
            'thenews-2021-tajikistan-19-dead',
            'The statement brings to 55 the total number of dead, with another 270 people wounded.',
          ),
        },
        text: '55 dead and 270 wounded on both sides, once Tajikistan gave its toll of 19 dead (six of them soldiers) and 87 injured (AFP, 7 May 2021).',
        source: quoted(
          'thenews-2021-tajikistan-19-dead',
          'The press service of the northern region of Sughd bordering Kyrgyzstan said 19 people were killed including six soldiers, while 87 people were injured. The statement brings to 55 the total number of dead, with another 270 people wounded.',
        ),
      },
      {
        killed: {
          value: 19,
          qualifier: 'exact',
          text: '19 Tajik citizens were killed',
          source: quoted('trend-2021-tajik-toll', '19 Tajik citizens were killed and 87others were wounded'),
        },
        injured: {
          value: 87,
          qualifier: 'exact',
          text: '87 [Tajik citizens] were wounded',
          source: quoted('trend-2021-tajik-toll', '19 Tajik citizens were killed and 87others were wounded'),
        },
        text: 'Tajik side only: 19 Tajik citizens killed and 87 wounded (Sughd regional administration).',
        source: quoted('trend-2021-tajik-toll', '19 Tajik citizens were killed and 87others were wounded'),
      },
      {
        killed: {
          value: 33,
          qualifier: 'exact',
          text: 'The death toll from Kyrgyzstan … has reached 33 people',
          source: quoted(
            'trend-2021-kyrgyz-toll',
            'The death toll from Kyrgyzstan in the incident on the Kyrgyz-Tajik border has reached 33 people',
          ),
        },
        injured: {
          value: 163,
          qualifier: 'exact',
          text: 'A total of 163 people were injured [in Kyrgyzstan]',
          source: quoted('trend-2021-kyrgyz-toll', 'A total of 163 people were injured'),
        },
        text: 'Kyrgyz side only, 1 May 2021: 33 dead and 163 injured (Kyrgyz health ministry).',
        source: quoted(
          'trend-2021-kyrgyz-toll',
          'The death toll from Kyrgyzstan in the incident on the Kyrgyz-Tajik border has reached 33 people',
        ),
      },
      {
        killed: {
          value: 34,
          qualifier: 'exact',
          text: '34 people died, including a child [in Kyrgyzstan]',
          source: quoted('24kg-2021-tajik-toll-unreported', 'At least 183 Kyrgyzstanis sought medical help, 34 people died, including a child.'),
        },
        injured: {
          value: 183,
          qualifier: 'atLeast',
          text: 'At least 183 Kyrgyzstanis sought medical help',
          source: quoted('24kg-2021-tajik-toll-unreported', 'At least 183 Kyrgyzstanis sought medical help, 34 people died, including a child.'),
        },
        text: 'Kyrgyz side, 3 May 2021: 34 dead and at least 183 seeking medical help; Radio Ozodi reported 16 Tajiks killed.',
        source: quoted(
          '24kg-2021-tajik-toll-unreported',
          'According to Radio Ozodi, 16 people were killed, eight of them were servicemen, and eight more were civilians.',
        ),
      },
      {
        killed: {
          value: 31,
          qualifier: 'exact',
          text: '31 killed in Kyrgyzstan',
          source: located('24kg-2021-death-toll-31', 'Kyrgyz toll during the fighting'),
        },
        injured: {
          value: 154,
          qualifier: 'exact',
          text: '154 injured in Kyrgyzstan',
          source: located('24kg-2021-death-toll-31', 'Kyrgyz toll during the fighting'),
        },
        text: 'Kyrgyz side, early count: 31 killed and 154 injured.',
        source: located('24kg-2021-death-toll-31', 'Kyrgyz toll during the fighting'),
      },
      {
        killed: {
          value: 55,
          qualifier: 'atLeast',
          text: 'at least 55 died',
          source: located('devdiscourse-2022-batken-wounded', 'recap of the April 2021 clash'),
        },
        text: 'At least 55 people died (looking back, January 2022).',
        source: located('devdiscourse-2022-batken-wounded', 'recap of the April 2021 clash'),
      },
    ],
    sources: [
      fromSeed(SEED_2021_CLASH),
      quoted(
        'trend-2021-kyrgyz-toll',
        'The situation on the border of Kyrgyzstan and Tajikistan escalated on April 28 after the citizens of Tajikistan began to install surveillance cameras at the water intake in the village of Kok-Tash, Batken region (Kyrgyzstan), following rumors of people stealing water.',
      ),
      quoted(
        '24kg-2021-tajik-toll-unreported',
        'The parties finally agreed on the armistice and withdrawal of troops only on the evening of May 1.',
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
      {
        field: 'dead, both sides',
        value: 'at least 55',
        source: located('devdiscourse-2022-batken-wounded', 'recap of the April 2021 clash'),
      },
      { field: 'injured, both sides', value: 'nearly 300', source: fromSeed(SEED_2021_CLASH) },
      {
        field: 'injured, both sides',
        value: '270',
        source: quoted('thenews-2021-tajikistan-19-dead', 'with another 270 people wounded'),
      },
      {
        field: 'Kyrgyz dead',
        value: '31 (early count)',
        source: located('24kg-2021-death-toll-31', 'Kyrgyz toll during the fighting'),
      },
      {
        field: 'Kyrgyz dead',
        value: '33 (1 May)',
        source: quoted('trend-2021-kyrgyz-toll', 'has reached 33 people'),
      },
      {
        field: 'Kyrgyz dead',
        value: '34 (3 May)',
        source: quoted('24kg-2021-tajik-toll-unreported', '34 people died, including a child'),
      },
      {
        field: 'Tajik dead',
        value: '19 (Sughd administration)',
        source: quoted('trend-2021-tajik-toll', '19 Tajik citizens were killed'),
      },
      {
        field: 'Tajik dead',
        value: '16 (Radio Ozodi)',
        source: quoted('24kg-2021-tajik-toll-unreported', 'According to Radio Ozodi, 16 people were killed'),
      },
    ],
    note: 'A quarrel over surveillance cameras at a shared water intake escalated into fighting between the two armies; a ceasefire held from the evening of 1 May. The Kyrgyz toll rose over several days, and Tajikistan gave no official figure until 6 May. The article’s “at least 52 deaths and nearly 300 injuries” is of the same size as AFP’s later 55 dead and 270 wounded.',
  },
  {
    id: 'batken-border-clash-2022-01',
    name: 'Kyrgyz–Tajik border guard clash near Batken',
    start: '2022-01-27',
    place: 'Near Batken (Kyrgyzstan): Tort-Kocho and the Bulak-Bashy border post',
    parties: ['KGZ', 'TJK'],
    locations: [
      {
        name: 'Tort-Kocho / Bulak-Bashy, Batken region',
        role: 'incident area',
        country: 'KGZ',
        coord: atCentroid('KGZ', 'Tort-Kocho and Bulak-Bashy near Batken; neither Batken nor the villages are in the gazetteer'),
      },
    ],
    casualties: [
      {
        injured: {
          value: 6,
          qualifier: 'atLeast',
          text: 'at least 6 wounded',
          source: located('devdiscourse-2022-batken-wounded', 'wounded in the January 2022 clash'),
        },
        text: 'At least six wounded (local reports); Sputnik Tajikistan: six Tajiks wounded.',
        source: located('devdiscourse-2022-batken-wounded', 'wounded in the January 2022 clash'),
      },
      {
        killed: {
          value: 2,
          qualifier: 'exact',
          text: '2 civilians killed (Tajik GKNB)',
          source: located('defenceview-2022-batken-mortars', 'tolls given by both governments'),
        },
        injured: {
          value: 22,
          qualifier: 'exact',
          text: '10 wounded (Tajik GKNB) and 12 wounded in hospital (Kyrgyz health ministry)',
          source: located('defenceview-2022-batken-mortars', 'tolls given by both governments'),
        },
        text: 'Tajik security committee: two civilians killed and ten wounded; Kyrgyz health ministry: twelve wounded in hospital; more than 24,000 Kyrgyz evacuated.',
        source: located('defenceview-2022-batken-mortars', 'tolls given by both governments'),
      },
    ],
    sources: [located('devdiscourse-2022-batken-wounded', 'report on the 27 January 2022 clash')],
    confidence: 'conflicting',
    claims: [
      {
        field: 'dead',
        value: 'none reported',
        source: located('devdiscourse-2022-batken-wounded', 'wounded in the January 2022 clash'),
      },
      {
        field: 'dead',
        value: '2 civilians (Tajik GKNB)',
        source: located('defenceview-2022-batken-mortars', 'tolls given by both governments'),
      },
    ],
    note: 'The Defence View page carries no date; it is linked to this clash because it names the same place (the Bulak-Bashy post and Tort-Kocho near Batken). Treat its figures as probably, not certainly, about this incident.',
  },
  {
    id: 'kyrgyzstan-tajikistan-border-war-2022-09',
    name: 'Kyrgyzstan–Tajikistan border fighting (Batken and Leilek)',
    start: '2022-09-14',
    end: '2022-09-17',
    place: 'Bulak-Bashy, Kak-Sai and Paksy-Aryk (Batken region, Kyrgyzstan), with shelling in the Osh section; Batken and Leilek districts',
    parties: ['KGZ', 'TJK'],
    locations: [
      {
        name: 'Isfana',
        role: 'Kyrgyz town in the affected zone (residents evacuated)',
        country: 'KGZ',
        coord: incidentProxy(TOWNS.isfana, 'a Kyrgyz town in the affected zone'),
      },
      {
        name: 'Isfara',
        role: 'Tajik town near the front',
        country: 'TJK',
        coord: incidentProxy(TOWNS.isfara, 'a Tajik town near the front'),
      },
    ],
    casualties: [
      {
        killed: {
          value: 59,
          qualifier: 'exact',
          text: 'The overall number of those killed as a result of conflict in the Batken region stands at 59',
          source: quoted(
            'mamul-2022-death-toll-59',
            'The overall number of those killed as a result of conflict in the Batken region stands at 59',
          ),
        },
        injured: {
          value: 144,
          qualifier: 'exact',
          text: 'as many as 144 people were wounded',
          source: quoted('mamul-2022-death-toll-59', 'According to the ministry, as many as 144 people were wounded.'),
        },
        text: 'Kyrgyz side, 18 September: 59 killed and 144 wounded (Kyrgyz health ministry); more than 140,000 evacuated.',
        source: quoted(
          'mamul-2022-death-toll-59',
          'The number of those killed in the armed conflict on the Kyrgyz-Tajik border has increased to 59, Kyrgyzstan’s health ministry said on Sunday.',
        ),
      },
      {
        killed: {
          value: 71,
          qualifier: 'exact',
          text: 'Kyrgyzstan 36 killed; Tajikistan 35 dead',
          source: located('dw-2022-dozens-dead', 'tolls from both governments'),
        },
        injured: {
          value: 129,
          qualifier: 'exact',
          text: 'Kyrgyzstan 129 injured',
          source: located('dw-2022-dozens-dead', 'tolls from both governments'),
        },
        text: 'Kyrgyzstan: 36 killed, 129 injured, about 137,000 evacuated; Tajikistan: 35 dead (foreign ministry).',
        source: located('dw-2022-dozens-dead', 'tolls from both governments'),
      },
      {
        killed: {
          value: 37,
          qualifier: 'exact',
          text: 'a total of 37 citizens of the republic were killed',
          source: quoted(
            'polise-2022-37-killed',
            'In the course of the armed conflict on the Kyrgyz-Tajik state border, a total of 37 citizens of the republic were killed, and 129 injured',
          ),
        },
        injured: {
          value: 129,
          qualifier: 'exact',
          text: '129 injured',
          source: quoted(
            'polise-2022-37-killed',
            'In the course of the armed conflict on the Kyrgyz-Tajik state border, a total of 37 citizens of the republic were killed, and 129 injured',
          ),
        },
        text: 'Kyrgyz side: 37 citizens killed and 129 injured (Kyrgyz emergencies ministry; an earlier toll was 24).',
        source: quoted(
          'polise-2022-37-killed',
          'In the course of the armed conflict on the Kyrgyz-Tajik state border, a total of 37 citizens of the republic were killed, and 129 injured',
        ),
      },
      {
        killed: {
          value: 84,
          qualifier: 'exact',
          text: 'Kyrgyz health ministry 46 dead; Tajik foreign ministry 38 dead',
          source: located('babel-2022-losses-named', 'tolls from both governments, via Anadolu'),
        },
        injured: {
          value: 160,
          qualifier: 'moreThan',
          text: 'Kyrgyz health ministry 140 wounded; Tajik foreign ministry more than 20 injured',
          source: located('babel-2022-losses-named', 'tolls from both governments, via Anadolu'),
        },
        text: 'Kyrgyz health ministry: 46 dead, 140 wounded; Tajik foreign ministry: 38 dead, two of them soldiers, more than 20 injured (Anadolu).',
        source: located('babel-2022-losses-named', 'tolls from both governments, via Anadolu'),
      },
      {
        killed: {
          value: 41,
          qualifier: 'exact',
          text: 'forty-one people killed [Tajik side]',
          source: located('tajikistannewsgazette-2022-41-killed', 'briefing by Deputy Foreign Minister Sodik Imomi'),
        },
        text: 'Tajik side: 41 dead (Deputy Foreign Minister Sodik Imomi, at a briefing “on Monday”; the page is undated).',
        source: located('tajikistannewsgazette-2022-41-killed', 'briefing by Deputy Foreign Minister Sodik Imomi'),
      },
      {
        killed: {
          value: 39,
          qualifier: 'exact',
          text: '39 Tajik dead (Tajik government source via Radio Ozodi)',
          source: located('kontentchi-2022-36-killed', 'Radio Ozodi figure for the Tajik dead'),
        },
        text: 'Tajik side: 39 dead, per a Tajik government source quoted by Radio Ozodi; Reuters’ sources gave 7 and 30.',
        source: located('kontentchi-2022-36-killed', 'Radio Ozodi figure for the Tajik dead'),
      },
      {
        killed: {
          value: 100,
          qualifier: 'moreThan',
          text: 'over 100 killed, including at least 37 civilians',
          source: located('tolerance-2022-hrw', 'overall toll and civilians among the dead'),
        },
        text: 'More than 100 killed, at least 37 of them civilians (Human Rights Watch).',
        source: located('tolerance-2022-hrw', 'overall toll and civilians among the dead'),
      },
    ],
    sources: [
      quoted(
        'mamul-2022-death-toll-59',
        'The Kyrgyz side said that on Wednesday Tajik border guards had penetrated into a border section near Bulak-Bashy in Kyrgyzstan’s Batken region and "took combat positions."',
      ),
      quoted('mamul-2022-death-toll-59', 'Several hours later, armed clashes were reported in the areas of Kak-Sai and Paksy-Aryk.'),
      quoted(
        'caliber-2022-wounded-122',
        'The Collective Security Treaty Organisation (CSTO) and the Shanghai Cooperation Organisation (SCO) called on Kyrgyzstan and Tajikistan to peacefully resolve the conflict, which began on September 14, 2022.',
      ),
    ],
    confidence: 'conflicting',
    claims: [
      { field: 'Kyrgyz dead', value: '59 (health ministry, 18 September)', source: quoted('mamul-2022-death-toll-59', 'stands at 59') },
      { field: 'Kyrgyz dead', value: '36', source: located('dw-2022-dozens-dead', 'tolls from both governments') },
      { field: 'Kyrgyz dead', value: '37 (emergencies ministry)', source: quoted('polise-2022-37-killed', 'a total of 37 citizens of the republic were killed') },
      { field: 'Kyrgyz dead', value: '46 (health ministry, via Anadolu)', source: located('babel-2022-losses-named', 'tolls from both governments, via Anadolu') },
      { field: 'Tajik dead', value: '35 (foreign ministry)', source: located('dw-2022-dozens-dead', 'tolls from both governments') },
      { field: 'Tajik dead', value: '38 (foreign ministry, via Anadolu)', source: located('babel-2022-losses-named', 'tolls from both governments, via Anadolu') },
      { field: 'Tajik dead', value: '41 (deputy foreign minister)', source: located('tajikistannewsgazette-2022-41-killed', 'briefing by Deputy Foreign Minister Sodik Imomi') },
      { field: 'Tajik dead', value: '39 (government source via Radio Ozodi)', source: located('kontentchi-2022-36-killed', 'Radio Ozodi figure for the Tajik dead') },
      { field: 'dead, both sides', value: 'more than 100 (Human Rights Watch)', source: located('tolerance-2022-hrw', 'overall toll and civilians among the dead') },
    ],
    note: 'Fighting broke out on 14 September 2022, on the eve of the SCO summit in Samarkand (15–16 September); the CSTO and the SCO called on both sides to settle it peacefully. Of the 972 km border, 519 km had been agreed (Kyrgyz security committee, via Babel.ua).',
  },
  {
    id: 'yangtse-clash-2022',
    name: 'Yangtse clash (India–China, Tawang sector)',
    start: '2022-12-09',
    place: 'Yangtse, Tawang district, Arunachal Pradesh, on the Line of Actual Control',
    parties: ['IND', 'CHN'],
    locations: [
      {
        name: 'Yangtse clash site',
        role: 'incident point',
        coord: {
          lat: 27.77694,
          lon: 92.02167,
          precision: 'exact',
          basis: 'coordinates of the clash site given by the Wikipedia article on the 2022 Yangtse clash (27°46′37″N 92°01′18″E)',
          source: located('wikipedia-2022-yangtse-clash', 'article coordinates 27°46′37″N 92°01′18″E'),
        },
      },
    ],
    casualties: [
      {
        killed: { value: 0, qualifier: 'exact', text: 'no deaths', source: located('wikipedia-2022-yangtse-clash', 'infobox: casualties') },
        injured: {
          value: 74,
          qualifier: 'exact',
          text: 'India 34 injured (at least 6 seriously); China 40 injured',
          source: located('wikipedia-2022-yangtse-clash', 'infobox: casualties'),
        },
        text: 'India: 34 injured, at least 6 seriously; China: 40 injured; no deaths.',
        source: located('wikipedia-2022-yangtse-clash', 'infobox: casualties'),
      },
      {
        text: 'Minor injuries to a few personnel from both sides.',
        source: located('scroll-2022-yangtse', 'early report of injuries'),
      },
    ],
    sources: [located('wikipedia-2022-yangtse-clash', 'article on the clash: date, place and casualties')],
    confidence: 'conflicting',
    claims: [
      {
        field: 'injured',
        value: '34 Indian and 40 Chinese',
        source: located('wikipedia-2022-yangtse-clash', 'infobox: casualties'),
      },
      {
        field: 'injured',
        value: 'minor injuries to a few personnel from both sides',
        source: located('scroll-2022-yangtse', 'early report of injuries'),
      },
      {
        field: 'PLA soldiers involved',
        value: 'about 300 (another source: about 600)',
        source: located('indiandefensenews-2022-yangtse', 'number of PLA soldiers at the clash'),
      },
    ],
  },
  {
    id: 'iran-pakistan-strikes-2024-01',
    name: 'Iran–Pakistan cross-border strikes',
    start: '2024-01-16',
    end: '2024-01-18',
    place:
      'Panjgur area, Balochistan (Pakistan), struck by Iran on 16 January; Saravan county, Sistan-Baluchestan (Iran), struck by Pakistan on 18 January (“Marg Bar Sarmachar”)',
    parties: ['IRN', 'PAK'],
    locations: [
      {
        name: 'Panjgur, Balochistan',
        role: 'Iranian strike on Jaish al-Adl (16 January)',
        country: 'PAK',
        coord: atCentroid('PAK', 'the Panjgur area, which is not in the gazetteer'),
      },
      {
        name: 'Saravan, Sistan-Baluchestan',
        role: 'Pakistani strikes (18 January)',
        country: 'IRN',
        coord: atCentroid('IRN', 'a border village near Saravan, which is not in the gazetteer'),
      },
    ],
    casualties: [
      {
        killed: {
          value: 2,
          qualifier: 'exact',
          text: '2 children killed [in Pakistan]',
          source: located('sputnik-2024-pakistan-strikes-iran', 'toll of the Iranian strike'),
        },
        injured: {
          value: 3,
          qualifier: 'exact',
          text: '3 injured [in Pakistan]',
          source: located('sputnik-2024-pakistan-strikes-iran', 'toll of the Iranian strike'),
        },
        text: 'Iranian strike in Pakistan: two children killed, three injured.',
        source: located('sputnik-2024-pakistan-strikes-iran', 'toll of the Iranian strike'),
      },
      {
        killed: {
          value: 9,
          qualifier: 'exact',
          text: '9 killed (3 women, 4 children, 2 men), all non-Iranians [in Iran]',
          source: located('thenational-2024-pakistan-iran-attacks', 'toll of the Pakistani strikes'),
        },
        text: 'Pakistani strikes in Iran: nine killed, three women, four children and two men, all non-Iranians (Iranian deputy governor, via AP and IRNA).',
        source: located('thenational-2024-pakistan-iran-attacks', 'toll of the Pakistani strikes'),
      },
      {
        killed: {
          value: 10,
          qualifier: 'exact',
          text: '10 killed [in Iran]',
          source: located('menafn-2024-death-toll', 'toll of the Pakistani strikes'),
        },
        text: 'Pakistani strikes in Iran: ten killed (Haalvash; Trend, citing the deputy governor).',
        source: located('menafn-2024-death-toll', 'toll of the Pakistani strikes'),
      },
      {
        killed: {
          value: 7,
          qualifier: 'exact',
          text: '4 children among 7 killed [in Iran]',
          source: located('india-com-2024-pakistan-strikes', 'first toll of the Pakistani strikes'),
        },
        text: 'Pakistani strikes in Iran, first report: seven killed, four of them children.',
        source: located('india-com-2024-pakistan-strikes', 'first toll of the Pakistani strikes'),
      },
    ],
    sources: [located('thenational-2024-pakistan-iran-attacks', 'report on the strikes of 16 and 18 January 2024')],
    confidence: 'conflicting',
    claims: [
      {
        field: 'dead in the Pakistani strikes',
        value: '9',
        source: located('thenational-2024-pakistan-iran-attacks', 'toll of the Pakistani strikes'),
      },
      { field: 'dead in the Pakistani strikes', value: '10', source: located('menafn-2024-death-toll', 'toll of the Pakistani strikes') },
      {
        field: 'dead in the Pakistani strikes',
        value: '7 (first report)',
        source: located('india-com-2024-pakistan-strikes', 'first toll of the Pakistani strikes'),
      },
    ],
    note: 'Both states were SCO members at the time (Iran since July 2023). One source dates the Iranian strike to “Tuesday (Jan 17)”; Tuesday was 16 January.',
  },
  {
    id: 'india-pakistan-escalation-2025-05',
    name: 'India–Pakistan escalation: Operation Sindoor strikes and shelling on the Line of Control',
    start: '2025-05-07',
    place:
      'Indian strikes on nine sites in Pakistan and Pakistan-administered Kashmir (Bahawalpur, Muridke, Kotli, Muzaffarabad and others); Pakistani shelling of Poonch, Rajouri, Uri and Kupwara (Indian-administered Jammu and Kashmir)',
    parties: ['IND', 'PAK'],
    locations: [
      {
        name: 'Poonch',
        role: 'the Indian district worst hit by shelling (town point)',
        country: 'IND',
        coord: townPoint(TOWNS.poonch),
      },
      { name: 'Bahawalpur', role: 'site of an Indian strike', country: 'PAK', coord: townPoint(TOWNS.bahawalpur) },
      { name: 'Muridke', role: 'site of an Indian strike', country: 'PAK', coord: townPoint(TOWNS.muridke) },
      {
        name: 'Kotli',
        role: 'site of an Indian strike (Pakistan-administered Kashmir)',
        country: 'PAK',
        coord: townPoint(TOWNS.kotli),
      },
      {
        name: 'Muzaffarabad',
        role: 'site of an Indian strike (Pakistan-administered Kashmir)',
        country: 'PAK',
        coord: townPoint(TOWNS.muzaffarabad),
      },
    ],
    casualties: [
      {
        killed: {
          value: 15,
          qualifier: 'exact',
          text: '15 civilians killed [in Poonch]',
          source: located('indiatoday-2025-poonch-shelling', 'toll of the 7 May shelling of Poonch'),
        },
        injured: {
          value: 43,
          qualifier: 'exact',
          text: '43 injured [in Poonch]',
          source: located('indiatoday-2025-poonch-shelling', 'toll of the 7 May shelling of Poonch'),
        },
        text: 'Pakistani shelling of Poonch on 7 May: 15 civilians killed, 43 injured.',
        source: located('indiatoday-2025-poonch-shelling', 'toll of the 7 May shelling of Poonch'),
      },
      {
        killed: {
          value: 13,
          qualifier: 'exact',
          text: '13 civilians killed [in India]',
          source: located('indiapostlive-2025-mea-toll', 'Indian foreign ministry toll'),
        },
        injured: {
          value: 59,
          qualifier: 'exact',
          text: '59 injured [in India]',
          source: located('indiapostlive-2025-mea-toll', 'Indian foreign ministry toll'),
        },
        text: 'Indian foreign ministry: 13 civilians killed, all in Poonch, and 59 injured by Pakistani shelling.',
        source: located('indiapostlive-2025-mea-toll', 'Indian foreign ministry toll'),
      },
      {
        killed: {
          value: 10,
          qualifier: 'exact',
          text: 'killing 10 Indian civilians, including two children',
          source: quoted(
            'mumbaitoday-2025-loc',
            'In retaliation, the Pakistan Army initiated unprovoked artillery shelling, killing 10 Indian civilians, including two children, and injuring 33 others in the Poonch sector.',
          ),
        },
        injured: {
          value: 33,
          qualifier: 'exact',
          text: 'injuring 33 others in the Poonch sector',
          source: quoted(
            'mumbaitoday-2025-loc',
            'In retaliation, the Pakistan Army initiated unprovoked artillery shelling, killing 10 Indian civilians, including two children, and injuring 33 others in the Poonch sector.',
          ),
        },
        text: 'Early count: 10 Indian civilians killed, two of them children, and 33 injured in the Poonch sector.',
        source: quoted(
          'mumbaitoday-2025-loc',
          'In retaliation, the Pakistan Army initiated unprovoked artillery shelling, killing 10 Indian civilians, including two children, and injuring 33 others in the Poonch sector.',
        ),
      },
      {
        killed: {
          value: 8,
          qualifier: 'exact',
          text: '8 civilian deaths [in Pakistan]',
          source: located('businessnewstoday-2025-ispr', 'early ISPR toll of the Indian strikes'),
        },
        injured: {
          value: 35,
          qualifier: 'exact',
          text: '35 injuries [in Pakistan]',
          source: located('businessnewstoday-2025-ispr', 'early ISPR toll of the Indian strikes'),
        },
        text: 'Pakistani military (ISPR), early count: 8 civilian deaths and 35 injuries from the Indian strikes.',
        source: located('businessnewstoday-2025-ispr', 'early ISPR toll of the Indian strikes'),
      },
      {
        killed: {
          value: 70,
          qualifier: 'exact',
          text: '70 terrorists killed [in Pakistan] (unverified)',
          source: located('marksmendaily-2025-sindoor', 'claim by Indian defence sources'),
        },
        text: 'Indian defence sources claimed 70 militants killed in the strikes (not independently verified).',
        source: located('marksmendaily-2025-sindoor', 'claim by Indian defence sources'),
      },
    ],
    sources: [
      located('indiatoday-2025-poonch-shelling', 'ground report on the shelling after the strikes'),
      located('marksmendaily-2025-sindoor', 'the strikes, their targets and the Pahalgam attack that preceded them'),
    ],
    confidence: 'conflicting',
    claims: [
      {
        field: 'Indian civilian dead from shelling',
        value: '15 (Poonch, 7 May)',
        source: located('indiatoday-2025-poonch-shelling', 'toll of the 7 May shelling of Poonch'),
      },
      {
        field: 'Indian civilian dead from shelling',
        value: '13 (foreign ministry)',
        source: located('indiapostlive-2025-mea-toll', 'Indian foreign ministry toll'),
      },
      {
        field: 'Indian civilian dead from shelling',
        value: '10 (early count)',
        source: quoted('mumbaitoday-2025-loc', 'killing 10 Indian civilians, including two children'),
      },
      {
        field: 'Pakistani dead from the strikes',
        value: '8 civilians (ISPR, early count)',
        source: located('businessnewstoday-2025-ispr', 'early ISPR toll of the Indian strikes'),
      },
      {
        field: 'Pakistani dead from the strikes',
        value: '70 militants (Indian defence sources, unverified)',
        source: located('marksmendaily-2025-sindoor', 'claim by Indian defence sources'),
      },
    ],
    note: 'India struck after the Pahalgam attack of 22 April 2025, in which 26 civilians were killed. The tolls here are early and incomplete, and the end of the fighting (a ceasefire on 10 May) was not confirmed in the sources read, so no end date is given. Reported strike times differ (1:05 or 1:44 am).',
  },
] satisfies Incident[];


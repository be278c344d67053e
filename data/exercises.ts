/**
 * Joint exercises and operations held by SCO members under the SCO framework, 2002 on.
 *
 * Rules this file keeps:
 * - `troops` holds whole-exercise totals only, one entry per source. National contingents
 *   ("700 from China") are kept as claims, so a chart never mixes a part with a whole. Where a
 *   source gives a per-side figure for a two-country drill, the total is our sum of it and the
 *   entry's text keeps the source's words.
 * - Dates follow the researched facts; other sources' days are kept as `dates` claims.
 * - A location named after a town (Chebarkul, Balykchy, Orenburg…) sits on the GeoNames
 *   centre of that town; sites without coordinates are placed approximately (see eventPlaces).
 */
import { atCentroid, nearTown, townPoint, TOWNS } from './eventPlaces';
import type { Exercise } from './schema';
import { fromSeed, located, quoted } from './sourceRefs';

const SEED_2002 = 'The first bilateral military exercise within the SCO framework was held in October 2002 by China and Kyrgyzstan.';
const SEED_2003 =
  'In August 2003, a joint anti-terrorism military training code-named Coalition-2003 was held by China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan with a total of more than 1,000 participants.';
const SEED_2005 =
  'In August 2005, the two countries held the Peace Mission-2005 joint military exercise in Shandong, which was the first strategic-level joint exercise under the framework of the SCO.';
const SEED_2007 =
  'In August 2007, the SCO member states held the Peace Mission-2007 joint anti-terrorism military exercise in Russia. This is the first anti-terrorism exercise involving all member states of the SCO.';
const SEED_2009 = 'In July 2009, China and Russia again held an anti-terrorism exercise under the SCO framework.';
const SEED_2019 =
  'In 2019, the SCO member states held the joint border operation Solidarity 2019-2021 and the joint anti-terrorist exercise Sary-arka-antiterror-2019.';
const SEED_XIAMEN_2019 = 'The Xiamen-2019 joint exercise against cyber terrorism was held in 2019.';

export const exercises = [
  {
    id: 'exercise-01-2002',
    name: 'Exercise-01 (China–Kyrgyzstan)',
    kind: 'military',
    start: '2002-10-10',
    end: '2002-10-11',
    locations: [
      {
        name: 'China–Kyrgyzstan border in the Pamir-Alay range, near the Irkeshtam crossing',
        role: 'exercise area (staged partly in Xinjiang)',
        coord: atCentroid('KGZ', 'the China–Kyrgyzstan border area in the Pamir-Alay range'),
      },
    ],
    hosts: ['CHN', 'KGZ'],
    participants: ['CHN', 'KGZ'],
    observers: ['KAZ', 'RUS', 'TJK', 'UZB'],
    troops: [
      {
        value: 300,
        qualifier: 'about',
        text: 'some 300 troops',
        source: quoted(
          'yaleglobal-2002-china-kyrgyzstan-exercises',
          "The manoeuvres are taking place over two days near the Irkeshtam crossing on the Kyrgyz-Chinese border and involve some 300 troops from China's Xinjiang military district and Kyrgyzstan's defense ministry and border forces",
        ),
      },
    ],
    sources: [
      quoted('hrichina-sco-exercises-chart', 'October 10-11, 2002'),
      quoted('hrichina-sco-exercises-chart', 'China-Kyrgyzstan border, in the Pamir-Alay mountain range'),
      quoted('hrichina-sco-exercises-chart', '(Kazakhstan, Russia, Tajikistan, and Uzbekistan observed)'),
      fromSeed(SEED_2002),
    ],
    confidence: 'conflicting',
    claims: [
      { field: 'dates', value: '10–11 October 2002', source: quoted('hrichina-sco-exercises-chart', 'October 10-11, 2002') },
      {
        field: 'dates',
        value: '11–12 October 2002',
        source: located('bellona-2008-military-cooperation-central-asia', 'entry for the 2002 China–Kyrgyzstan exercise'),
      },
      { field: 'dates', value: 'October 2002', source: fromSeed(SEED_2002) },
      {
        field: 'troops',
        value: 'hundreds of troops from both sides',
        source: quoted('hrichina-sco-exercises-chart', 'Hundreds of troops from both sides'),
      },
    ],
    note: 'The first bilateral anti-terror exercise between SCO members and, per Human Rights in China, China’s first joint manoeuvre with a foreign army. Its name is given as “Exercise-01” in the HRIC chart. The two sources that give days differ by one.',
  },
  {
    id: 'coalition-2003',
    name: 'Coalition-2003',
    kind: 'military',
    start: '2003-08-06',
    end: '2003-08-12',
    locations: [
      {
        name: 'Ucharal (Usharal), Kazakhstan',
        role: 'first phase',
        country: 'KAZ',
        coord: atCentroid('KAZ', 'the exercise area at Ucharal'),
      },
      {
        name: 'Yili (Ili) area, Xinjiang',
        role: 'second phase',
        country: 'CHN',
        coord: atCentroid('CHN', 'the exercise area in the Yili area of Xinjiang'),
      },
    ],
    hosts: ['KAZ', 'CHN'],
    participants: ['CHN', 'KAZ', 'KGZ', 'RUS', 'TJK'],
    observers: [],
    troops: [
      {
        value: 1300,
        qualifier: 'exact',
        text: '1,300 troops (700 from China, as well as Kyrgyz paratroopers)',
        source: quoted('hrichina-sco-exercises-chart', '1,300 troops (700 from China, as well as Kyrgyz paratroopers)'),
      },
      {
        value: 1300,
        qualifier: 'exact',
        text: '1,300',
        source: located('bellona-2008-military-cooperation-central-asia', 'entry for Coalition 2003: troop number'),
      },
      { value: 1000, qualifier: 'moreThan', text: 'more than 1,000 participants', source: fromSeed(SEED_2003) },
    ],
    sources: [
      quoted('hrichina-sco-exercises-chart', 'August 6-12, 2003'),
      located('hrichina-sco-exercises-chart', 'Coalition 2003 row, location column: Yili and XUAR, China; Ucharal, Kazakhstan'),
      fromSeed(SEED_2003),
      quoted(
        'redorbit-2006-sco-joint-exercises-plan',
        "The SCO member nations, except Uzbekistan, staged their first joint military drills in August 2003 in Kazakhstan and China's far northwestern Xinjiang region",
      ),
    ],
    confidence: 'sourced',
    claims: [
      {
        field: 'troops (Chinese contingent)',
        value: '700',
        source: quoted('hrichina-sco-exercises-chart', '1,300 troops (700 from China, as well as Kyrgyz paratroopers)'),
      },
    ],
    note: 'The first multilateral cross-border anti-terror exercise of the SCO, held in two phases across the Kazakhstan–China border; Uzbekistan stayed away. Also rendered “Cooperation-2003”. The troop figures agree: 1,300 is more than the article’s 1,000.',
  },
  {
    id: 'peace-mission-2005',
    name: 'Peace Mission 2005',
    kind: 'military',
    start: '2005-08-18',
    end: '2005-08-25',
    locations: [
      {
        name: 'Vladivostok',
        role: 'first phase: strategic consultations (18–19 August)',
        country: 'RUS',
        coord: townPoint(TOWNS.vladivostok),
      },
      {
        name: 'Shandong Peninsula (Weibei training area) and nearby waters',
        role: 'main phase: landings and assault',
        country: 'CHN',
        coord: nearTown(
          TOWNS.qingdao,
          'approximated from the GeoNames town centre of Qingdao, where HINA reports the Russian defence minister went to watch the landings; the real exercise area on the Shandong Peninsula is not known',
        ),
      },
    ],
    hosts: ['RUS', 'CHN'],
    participants: ['CHN', 'RUS'],
    observers: [],
    troops: [
      {
        value: 10000,
        qualifier: 'about',
        text: 'Approximately 8,200 Chinese troops took part along with 1,800 Russian troops',
        source: quoted(
          'wikipedia-peace-mission-2005',
          'Approximately 8,200 Chinese troops took part along with 1,800 Russian troops.',
        ),
      },
      {
        value: 10000,
        qualifier: 'about',
        text: '8,000 Chinese and 2,000 Russian troops',
        source: located('wikipedia-peace-mission-2005-rev-833668283', 'lead paragraph: troop numbers'),
      },
      {
        value: 10000,
        qualifier: 'exact',
        text: '10.000 Soldaten',
        source: quoted(
          'china-org-cn-de-2005-peace-mission',
          'An dem erfolgreichen Manöver nahmen 10.000 Soldaten der russischen und chinesischen Marine, der Luftwaffe, des Heers und der Fallschirmspringer teil.',
        ),
      },
      {
        value: 8800,
        qualifier: 'about',
        text: 'oko 7.000 kineskih i 1.800 ruskih vojnika',
        source: quoted('hina-2005-peace-mission', 'sudjeluje oko 7.000 kineskih i 1.800 ruskih vojnika'),
      },
    ],
    sources: [
      quoted(
        'xinhua-2005-peace-mission-dates',
        'The Ministry of National Defense confirmed the dates of significant joint military exercises with Russia today as August 18 to 25 and said they would be called "Peace Mission 2005."',
      ),
      quoted(
        'xinhua-2005-peace-mission-dates',
        "the exercises will take place in Vladivostok in far eastern Russia and in east China's Shandong Peninsula and nearby offshore waters",
      ),
      fromSeed(SEED_2005),
      quoted(
        'hina-2005-peace-mission',
        'Ruski ministar obrane Sergej Ivanov krenuo je prema gradu Qingdao gdje će u srijedu i četvrtak promatrati iskrcavanje amfibija',
      ),
    ],
    confidence: 'conflicting',
    claims: [
      {
        field: 'dates',
        value: '18–25 August 2005',
        source: quoted('xinhua-2005-peace-mission-dates', 'as August 18 to 25'),
      },
      {
        field: 'dates',
        value: '19–25 August 2005',
        source: quoted('wikipedia-peace-mission-2005', 'The exercise started on August 19, 2005'),
      },
      {
        field: 'phases',
        value:
          '18–19 Aug consultations in Vladivostok; 20–22 Aug deployment to Shandong; 23 Aug Bohai Sea; 24 Aug assault; 25 Aug drill over Weibei',
        source: located('scmp-2005-games-plan', 'day-by-day outline of the exercise'),
      },
      {
        field: 'troops',
        value: '8,200 Chinese and 1,800 Russian',
        source: quoted('wikipedia-peace-mission-2005', 'Approximately 8,200 Chinese troops took part along with 1,800 Russian troops.'),
      },
      {
        field: 'troops',
        value: '8,000 Chinese and 2,000 Russian',
        source: located('wikipedia-peace-mission-2005-rev-833668283', 'lead paragraph: troop numbers'),
      },
      {
        field: 'troops',
        value: '10,000',
        source: quoted('china-org-cn-de-2005-peace-mission', 'nahmen 10.000 Soldaten'),
      },
      {
        field: 'troops',
        value: 'about 7,000 Chinese and 1,800 Russian',
        source: quoted('hina-2005-peace-mission', 'oko 7.000 kineskih i 1.800 ruskih vojnika'),
      },
      {
        field: 'troops',
        value: 'nearly 100,000 (as printed in Xinhua’s summary of the press release; probably a typing error)',
        source: quoted(
          'xinhua-2005-peace-mission-dates',
          'The exercises will involve nearly 100,000 troops from the armies, navies and air forces',
        ),
      },
      { field: 'place', value: 'Shandong, August 2005', source: fromSeed(SEED_2005) },
    ],
    note: 'The first joint exercise of China and Russia and, in the article’s words, the first strategic-level exercise under the SCO framework. Xinhua’s summary of the ministry’s press release printed “nearly 100,000 troops”, ten times every other figure; it is kept as a claim but not counted among the troop totals. SCO defence ministers and observer states were invited to watch.',
  },
  {
    id: 'tianshan-i-2006',
    name: 'Tianshan-I (2006) (China–Kazakhstan)',
    kind: 'lawEnforcement',
    start: '2006-08-24',
    end: '2006-08-26',
    locations: [
      {
        name: 'Almaty region, Kazakhstan',
        role: 'first phase',
        country: 'KAZ',
        coord: nearTown(
          TOWNS.almaty,
          'approximated from the GeoNames town centre of Almaty, the city that gives its name to the Almaty region where Xinhua places the first phase; the real site is not known',
        ),
      },
      {
        name: 'Yining, Xinjiang',
        role: 'second phase',
        country: 'CHN',
        coord: atCentroid('CHN', 'Yining, which is not in the gazetteer'),
      },
    ],
    hosts: ['KAZ', 'CHN'],
    participants: ['CHN', 'KAZ'],
    observers: [],
    troops: [],
    sources: [
      quoted(
        'xinhua-2006-tianshan-i-phase-1',
        "China and Kazakhstan on Thursday finished the first phase of a joint anti-terror drill in Kazakhstan's eastern Almaty region.",
      ),
      quoted(
        'xinhua-2006-tianshan-i-phase-1',
        "This is the first-ever joint anti-terror exercise between the two countries' law enforcement bodies and special forces within the framework of the Shanghai Cooperation Organization (SCO).",
      ),
      quoted(
        'xinhua-2006-tianshan-i-phase-2',
        "China wrapped up the second phase of its joint anti-terror drill with Kazakhstan at noon today in Yining, northwest China's Xinjiang Uygur Autonomous Region.",
      ),
    ],
    confidence: 'sourced',
    claims: [
      {
        field: 'troops (Chinese, Yining phase)',
        value: 'some 700 police',
        source: quoted('xinhua-2006-tianshan-i-phase-2', 'Some 700 police force were deployed on the game'),
      },
    ],
    note: 'Not in the researched facts; added from two Xinhua reports. The first joint exercise of the two countries’ law-enforcement bodies and special forces under the SCO. About 100 observers from SCO member states watched the Yining phase; the reports do not say from which states.',
  },
  {
    id: 'peace-mission-2007',
    name: 'Peace Mission 2007',
    kind: 'military',
    start: '2007-08-09',
    end: '2007-08-17',
    locations: [
      {
        name: 'Urumqi',
        role: 'first stage: consultations of the chiefs of general staff',
        country: 'CHN',
        coord: townPoint(TOWNS.urumqi),
      },
      {
        name: 'Chebarkul',
        role: 'field phase at the Chebarkul training ground near Chelyabinsk (the range’s own coordinates were not found)',
        country: 'RUS',
        coord: townPoint(TOWNS.chebarkul),
      },
    ],
    hosts: ['CHN', 'RUS'],
    participants: ['CHN', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB'],
    observers: [],
    troops: [
      {
        value: 6500,
        qualifier: 'about',
        text: 'around 6500 military personnel and 80 aircraft',
        source: quoted('rusi-2007-sco-exercise', 'will involve around 6500 military personnel and 80 aircraft'),
      },
      {
        value: 6500,
        qualifier: 'about',
        text: 'About 6,500 troops and 80 aircraft',
        source: quoted(
          'eastday-2007-peace-mission-launch',
          "About 6,500 troops and 80 aircraft are taking part in the drill, which is centered at Chelyabinsk in Russia's Ural region.",
        ),
      },
      {
        value: 6000,
        qualifier: 'moreThan',
        text: 'more than 6,000 troops',
        source: quoted('rt-2007-peace-mission', 'The manoeuvres called Peace Mission 2007 will involve more than 6,000 troops.'),
      },
    ],
    sources: [
      located('china-org-cn-2007-peace-mission', 'report on the exercise: dates, stages and places'),
      quoted(
        'rusi-2007-sco-exercise',
        "The 'Peace Mission 2007' joint military exercise, held by all six members of the SCO in the Volga-Urals military district of Russia from 9 until 17 August",
      ),
      quoted(
        'eastday-2007-peace-mission-launch',
        'Commanders of various troops then launched the long-prepared anti-terror drill "Peace Mission 2007" following strategic consultations in Urumqi, capital of Xinjiang Uygur Autonomous Region.',
      ),
      fromSeed(SEED_2007),
    ],
    confidence: 'sourced',
    claims: [
      {
        field: 'troops (Chinese contingent)',
        value: 'around 1,700 personnel and 46 aircraft',
        source: quoted('rusi-2007-sco-exercise', 'China will be represented by around 1700 personnel and 46 aircraft.'),
      },
      {
        field: 'troops (Chinese contingent)',
        value: 'about 1,600 personnel and 46 aircraft',
        source: located('jamestown-2007-peace-mission-preparations', 'account of the Chinese contingent'),
      },
      {
        field: 'troops (Russian contingent)',
        value: 'about 4,700 personnel and 36 aircraft',
        source: quoted('rusi-2007-sco-exercise', 'Russia will deploy about 4,700 personnel and 36 aircraft.'),
      },
    ],
    note: 'The first exercise with all six SCO members. Tajikistan and Kazakhstan sent air assault companies, Kyrgyzstan a platoon, and Uzbek officers held command of the whole exercise (RUSI). The totals agree; only the Chinese contingent differs slightly between sources.',
  },
  {
    id: 'peace-mission-2009',
    name: 'Peace Mission 2009',
    kind: 'military',
    start: '2009-07-22',
    end: '2009-07-26',
    locations: [
      {
        name: 'Khabarovsk',
        role: 'strategic talks and opening',
        country: 'RUS',
        coord: townPoint(TOWNS.khabarovsk),
      },
      {
        name: 'Taonan',
        role: 'field phase at the PLA Taonan tactical training base, Jilin (the base’s own coordinates were not found)',
        country: 'CHN',
        coord: townPoint(TOWNS.taonan),
      },
    ],
    hosts: ['RUS', 'CHN'],
    participants: ['CHN', 'RUS'],
    observers: [],
    troops: [
      {
        value: 2600,
        qualifier: 'upTo',
        text: 'Up to 1,300 army and air force personnel from each side',
        source: quoted(
          'kllproject-2009-peace-mission',
          'Up to 1,300 army and air force personnel from each side will participate in the drill',
        ),
      },
      {
        value: 2600,
        qualifier: 'about',
        text: 'About 1,300 personnel from the army and air force of each side',
        source: quoted(
          'chinadaily-2009-peace-mission-camp',
          'About 1,300 personnel from the army and air force of each side will participate in the exercise',
        ),
      },
      {
        value: 2600,
        qualifier: 'exact',
        text: '1,300 per side',
        source: located('shine-2009-peace-mission', 'troop numbers for each side'),
      },
      {
        value: 3000,
        qualifier: 'about',
        text: 'About 3,000 army and air forces personnel, 300 armored vehicles and 45 aircraft',
        source: quoted(
          'globalresearch-2009-war-games',
          'About 3,000 army and air forces personnel, 300 armored vehicles and 45 aircraft will take part in the maneuvers at the Taonan military range in China.',
        ),
      },
    ],
    sources: [
      quoted(
        'kllproject-2009-peace-mission',
        'scheduled to run from July 22-26 in Khabarovsk and the PLA’s Taonan tactic training base',
      ),
      quoted('chinadaily-2009-peace-mission-camp', 'The military drill begins on July 22 and lasts until July 26.'),
      fromSeed(SEED_2009),
    ],
    confidence: 'conflicting',
    claims: [
      {
        field: 'troops',
        value: '1,300 from each side (2,600 in all)',
        source: quoted('chinadaily-2009-peace-mission-camp', 'About 1,300 personnel from the army and air force of each side'),
      },
      {
        field: 'troops',
        value: 'about 3,000',
        source: quoted('globalresearch-2009-war-games', 'About 3,000 army and air forces personnel'),
      },
      { field: 'dates', value: 'July 2009', source: fromSeed(SEED_2009) },
    ],
    note: 'A China–Russia exercise under the SCO framework. The 2,600 totals are our sum of the “1,300 from each side” the sources give; RT’s 3,000 may count differently.',
  },
  {
    id: 'peace-mission-2010',
    name: 'Peace Mission 2010',
    kind: 'military',
    start: '2010-09-09',
    end: '2010-09-25',
    locations: [
      {
        name: 'Almaty',
        role: 'strategic consultations',
        country: 'KAZ',
        coord: townPoint(TOWNS.almaty),
      },
      {
        name: 'Matybulak training range, Zhambyl region',
        role: 'field phase (from 13 September)',
        country: 'KAZ',
        coord: nearTown(
          TOWNS.almaty,
          'approximated from the GeoNames town centre of Almaty, where the exercise’s strategic consultations were held; the real site of the Matybulak range is not known',
        ),
      },
    ],
    hosts: ['KAZ'],
    participants: ['KAZ', 'CHN', 'KGZ', 'RUS', 'TJK'],
    observers: [],
    troops: [
      {
        value: 5000,
        qualifier: 'exact',
        text: '5,000 troops from five SCO members',
        source: quoted(
          'xinhua-2010-peace-mission-concludes',
          'During the 15-day joint drill, 5,000 troops from five SCO members, namely Kazakhstan, China, Kyrgyzstan, Russia, and Tajikistan (Uzbekistan is not participating), had practiced a variety of maneuvers',
        ),
      },
      {
        value: 5000,
        qualifier: 'exact',
        text: '5,000 troops from SCO member states',
        source: quoted(
          'kazworld-2010-peace-mission',
          'In all, 5,000 troops from SCO member states (Russia, China , Kazakhstan, Tajikistan, Uzbekistan and Kyrgyzstan) will take part.',
        ),
      },
    ],
    sources: [
      quoted(
        'xinhua-2010-peace-mission-concludes',
        'From strategic negotiations to live military drills, from Almaty to the Matybulak Range',
      ),
      located('voltairenet-2010-peace-mission', 'dates of the exercise'),
    ],
    confidence: 'conflicting',
    claims: [
      {
        field: 'participants',
        value: 'five members; Uzbekistan not participating',
        source: quoted('xinhua-2010-peace-mission-concludes', '(Uzbekistan is not participating)'),
      },
      {
        field: 'participants',
        value: 'all members but Uzbekistan',
        source: located('chinadaily-2010-peace-mission-photo', 'photo caption: participating states'),
      },
      {
        field: 'participants',
        value: 'all six members, Uzbekistan included (preview before the exercise)',
        source: quoted('kazworld-2010-peace-mission', '(Russia, China , Kazakhstan, Tajikistan, Uzbekistan and Kyrgyzstan)'),
      },
      {
        field: 'dates',
        value: '9–25 September 2010',
        source: located('voltairenet-2010-peace-mission', 'dates of the exercise'),
      },
      {
        field: 'dates',
        value: 'start ordered on 10 September; ended on Friday 24 September',
        source: quoted(
          'xinhua-2010-peace-mission-concludes',
          'At 10:15 a.m. local time (0415 GMT) on Sept. 10, the chiefs of the general staff of the armed forces of China, Kazakhstan, Kyrgyzstan, Russia and Tajikistan ordered the start of the drill.',
        ),
      },
    ],
    note: 'A RIA Novosti preview listed Uzbekistan among the participants; Xinhua and China Daily, reporting during and after the exercise, say it did not take part, so it is not listed here.',
  },
  {
    id: 'peace-mission-2012',
    name: 'Peace Mission 2012',
    kind: 'military',
    start: '2012-06-08',
    end: '2012-06-14',
    locations: [
      {
        name: 'Khujand',
        role: 'Chorukh-Dayron firing ground near Khujand, Sughd province (the range’s own coordinates were not found)',
        country: 'TJK',
        coord: townPoint(TOWNS.khujand),
      },
    ],
    hosts: ['TJK'],
    participants: ['KAZ', 'CHN', 'KGZ', 'RUS', 'TJK'],
    observers: [],
    troops: [
      {
        value: 2000,
        qualifier: 'moreThan',
        text: 'over 2 thousand military divisions of the land forces',
        source: quoted(
          'ecrats-coordination-activities',
          'The counter-terrorist training maneuvers “Peaceful mission - 2012” involved over 2 thousand military divisions of the land forces and over 500 units of military equipment and aircrafts from Kazakhstan, China, Kyrgiz Republic, Russia and Tajikistan.',
        ),
      },
    ],
    sources: [
      quoted(
        'ecrats-coordination-activities',
        'The three-stage counterterrorist command and staff trainingmaneuvers “Peaceful mission - 2012” was conducted in June 8-14, 2012',
      ),
      quoted(
        'ecrats-coordination-activities',
        'Operational phase of the antiterrorist training maneuvers was held on June 14 on Chorukh-Dayron firing ground in Sogdiyskaya province of the Republic of Tajikistan.',
      ),
    ],
    confidence: 'sourced',
    claims: [
      {
        field: 'dates',
        value: 'began 9 June, until 14 June',
        source: located('rferl-2012-peace-mission', 'report on the start of the exercise'),
      },
      {
        field: 'troops (Chinese contingent)',
        value: '369',
        source: located('people-cn-2012-peace-mission', 'size of the Chinese contingent'),
      },
    ],
    note: 'The first Peace Mission held in Tajikistan; Uzbekistan did not take part. RATS gives 8–14 June for the three stages and 14 June for the live phase.',
  },
  {
    id: 'kazygurt-antiterror-2013',
    name: 'Kazygurt-Antiterror-2013',
    kind: 'lawEnforcement',
    start: '2013-06-13',
    locations: [
      {
        name: 'South Kazakhstan region',
        role: 'exercise area',
        country: 'KAZ',
        coord: nearTown(
          TOWNS.shymkent,
          'approximated from the GeoNames town centre of Shymkent, centre of the South Kazakhstan region that the announcement names; the real site is not known',
        ),
      },
    ],
    hosts: ['KAZ'],
    participants: ['KAZ'],
    observers: [],
    troops: [],
    sources: [
      quoted(
        'trend-2013-kazygurt-antiterror',
        'В Южно-Казахстанской области 13 июня пройдут международные антитеррористические учения "Казыгурт-Антитеррор-2013"',
      ),
      quoted('trend-2013-kazygurt-antiterror', 'В соответствии с решением Совета Региональной антитеррористической структуры ШОС от 14 сентября 2012 года'),
      quoted(
        'cri-2013-kazakhstan-exercise',
        'Isang ensayo ng pakikibaka sa terorismo ang idinaos kahapon ng Shanghai Cooperative Organization(SCO) sa katimugan ng Kazakhstan.',
      ),
    ],
    confidence: 'sourced',
    note: 'Held under a RATS Council decision of 14 September 2012. The announcement says special anti-terrorist units of the SCO members’ competent authorities would work together, but no source read names the states that sent units, so only the host is listed.',
  },
  {
    id: 'peace-mission-2013',
    name: 'Peace Mission 2013',
    kind: 'military',
    start: '2013-07-27',
    end: '2013-08-15',
    locations: [
      {
        name: 'Chebarkul',
        role: 'Chebarkul training area, Chelyabinsk region (the range’s own coordinates were not found)',
        country: 'RUS',
        coord: townPoint(TOWNS.chebarkul),
      },
    ],
    hosts: ['RUS'],
    participants: ['CHN', 'RUS'],
    observers: [],
    troops: [
      {
        value: 1500,
        qualifier: 'exact',
        text: '1,500 soldiers',
        source: quoted(
          'chinadaily-2013-peace-mission',
          "The drill, which involves 1,500 soldiers, will be held in Chelyabinsk, in Russia's Ural Mountains region, from Saturday until Aug 15.",
        ),
      },
      {
        value: 1500,
        qualifier: 'exact',
        text: '1,500, including 600 Chinese',
        source: located('rt-2013-peace-mission', 'troop numbers'),
      },
    ],
    sources: [
      located('people-cn-2013-peace-mission', 'span of the exercise and start of the drill proper'),
      quoted(
        'chinadaily-2013-peace-mission',
        'China and Russia will start a joint counter-terrorism drill, known as Peace Mission 2013, on Saturday',
      ),
    ],
    confidence: 'sourced',
    claims: [
      {
        field: 'troops (Chinese contingent)',
        value: '646',
        source: quoted(
          'chinadaily-2013-peace-mission',
          "Starting on Saturday morning, 646 Chinese soldiers from the Shenyang military division of the People's Liberation Army will be deployed by air and rail.",
        ),
      },
      {
        field: 'troops (Chinese contingent)',
        value: '600',
        source: located('rt-2013-peace-mission', 'troop numbers'),
      },
      {
        field: 'dates',
        value: '27 July – 15 August, with the drill proper from 3 August',
        source: located('people-cn-2013-peace-mission', 'span of the exercise and start of the drill proper'),
      },
    ],
    note: 'A China–Russia exercise; the dates cover deployment from 27 July, the drill proper began on 3 August.',
  },
  {
    id: 'east-antiterror-2014',
    name: 'East-Antiterror-2014',
    kind: 'lawEnforcement',
    start: '2014-03',
    end: '2014-04',
    locations: [
      {
        name: 'Uzbekistan (site not stated)',
        role: 'exercise area',
        country: 'UZB',
        coord: atCentroid('UZB', 'the exercise site in Uzbekistan, which the source does not name'),
      },
    ],
    hosts: ['UZB'],
    participants: ['UZB', 'KGZ'],
    observers: ['KAZ', 'CHN', 'RUS', 'TJK'],
    troops: [],
    sources: [
      quoted(
        'trend-2014-east-antiterror',
        'Joint anti-terrorist command-staff exercises of the competent authorities of Uzbekistan and Kyrgyzstan "East- Anti-Terror 2014" took place on the territory of Uzbekistan, the press service of the Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization reported on April 3.',
      ),
      quoted(
        'trend-2014-east-antiterror',
        "in accordance with the SCO RATS Council's decision dated March, 20, 2014",
      ),
      quoted(
        'trend-2014-east-antiterror',
        'The delegations from Kazakhstan, China, Russia, Tajikistan, and the RATS Executive Committee were invited as observers.',
      ),
    ],
    confidence: 'sourced',
    note: 'A command-staff exercise of the two countries’ competent authorities. The source gives no days: it was held after the RATS decision of 20 March 2014 and reported on 3 April, hence the March–April span.',
  },
  {
    id: 'peace-mission-2014',
    name: 'Peace Mission 2014',
    kind: 'military',
    start: '2014-08-24',
    end: '2014-08-29',
    locations: [
      {
        name: 'Zhurihe training base, Inner Mongolia',
        role: 'exercise area',
        country: 'CHN',
        coord: atCentroid('CHN', 'the Zhurihe training base in Inner Mongolia'),
      },
    ],
    hosts: ['CHN'],
    participants: ['CHN', 'RUS', 'KAZ', 'KGZ', 'TJK'],
    observers: [],
    troops: [
      {
        value: 7000,
        qualifier: 'moreThan',
        text: 'over 7,000 from five states',
        source: located('globalsecurity-2014-peace-mission', 'size of the exercise force'),
      },
    ],
    sources: [located('globalsecurity-2014-peace-mission', 'dates, place and participants of the exercise')],
    confidence: 'sourced',
    claims: [
      {
        field: 'troops (foreign contingents)',
        value: '2,200',
        source: located('chinadaily-2014-peace-mission-troops', 'number of foreign troops arriving at Zhurihe'),
      },
      {
        field: 'troops (Russian contingent)',
        value: 'about 900',
        source: located('suckhoedoisong-2014-peace-mission', 'size of the Russian contingent'),
      },
    ],
    note: 'Billed as the largest SCO exercise to that date; Uzbekistan did not take part. SCO observer states and dialogue partners were invited to watch.',
  },
  {
    id: 'bishkek-staff-training-2015',
    name: 'Counter-terrorism staff training of SCO competent authorities (Bishkek 2015)',
    kind: 'lawEnforcement',
    start: '2015-09-15',
    end: '2015-09-17',
    locations: [{ name: 'Bishkek', role: 'venue', country: 'KGZ', coord: townPoint(TOWNS.bishkek) }],
    hosts: ['KGZ'],
    participants: ['KGZ', 'RUS', 'CHN', 'KAZ', 'TJK', 'UZB'],
    observers: [],
    troops: [],
    sources: [
      quoted(
        'inform-kz-2015-bishkek-staff-training',
        'The Anti-Terror Center of the State National Security Committee of Kyrgyzstan is holding anti-terror staff training for respective agencies of the Shanghai Cooperation Organization member states from September 15-17 in Bishkek.',
      ),
      quoted(
        'inform-kz-2015-bishkek-staff-training',
        'representatives of competent authorities of Russia, China, Kazakhstan, Tajikistan, Uzbekistan in Kyrgyzstan have been invited to the training',
      ),
    ],
    confidence: 'sourced',
    claims: [
      {
        field: 'dates',
        value: '16 September 2015',
        source: located('jamestown-2015-cyber-operations', 'date of the Bishkek staff training'),
      },
    ],
    note: 'A staff exercise on joint investigations and operations against terrorist groups, held under a RATS Council decision of 19 September 2014.',
  },
  {
    id: 'xiamen-2015',
    name: 'Xiamen-2015',
    kind: 'cyber',
    start: '2015-10-14',
    locations: [{ name: 'Xiamen', role: 'venue', country: 'CHN', coord: townPoint(TOWNS.xiamen) }],
    hosts: ['CHN'],
    participants: ['CHN', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB'],
    observers: [],
    troops: [],
    sources: [
      quoted(
        'chinamil-2015-xiamen',
        'The "Xiamen -2015" online counter-terrorism exercise, jointly hosted by relevant authorities of member states of the Shanghai Cooperation Organization(SCO), was successfully held on October 14, 2015, in the southeastern Chinese coastal city of Xiamen, Fujian province.',
      ),
      quoted('chinamil-2015-xiamen', 'This is the first joint online exercise to counter terrorists hosted by the SCO.'),
    ],
    confidence: 'conflicting',
    claims: [
      {
        field: 'dates',
        value: '14 October 2015',
        source: quoted('chinamil-2015-xiamen', 'was successfully held on October 14, 2015'),
      },
      {
        field: 'dates',
        value: '14–16 October 2015',
        source: quoted(
          'inform-kz-2015-xiamen',
          'On October 14-16 China hosts the first large-scale military drill Xiàmén -2015 jointly with the SCO member countries.',
        ),
      },
      {
        field: 'dates',
        value: 'December 2015 (as announced earlier by the RATS director)',
        source: located('xebersaati-2015-cyber-exercise-plan', 'planned date of the cyber exercise'),
      },
    ],
    note: 'The SCO’s first joint online counter-terrorism exercise, decided by RATS Council resolution No. 386 of 10 April 2015.',
  },
  {
    id: 'peace-mission-2016',
    name: 'Peace Mission 2016',
    kind: 'military',
    start: '2016-09-15',
    end: '2016-09-21',
    locations: [
      {
        name: 'Balykchy',
        role: 'Edelweiss mountain training centre, Issyk-Kul region (the centre’s own coordinates were not found)',
        country: 'KGZ',
        coord: townPoint(TOWNS.balykchy),
      },
    ],
    hosts: ['KGZ'],
    participants: ['KGZ', 'KAZ', 'CHN', 'RUS', 'TJK'],
    observers: [],
    troops: [
      {
        value: 2000,
        qualifier: 'about',
        text: 'some 2,000 troops',
        source: quoted(
          'inform-kz-2016-peace-mission-closing',
          "The joint anti-terrorist exercise Peace Mission-2016 was held at Kyrgyzstan's Edelweiss high altitude proving ground in the Issyk-Kul region of Kyrgyzstan on September 15-21 with some 2,000 troops from Russia, Kazakhstan, Kyrgyzstan, China and Tajikistan taking part.",
        ),
      },
      {
        value: 2000,
        qualifier: 'about',
        text: 'about two thousand troops',
        source: quoted(
          'inform-kz-2016-peace-mission-opening',
          'In total, the exercises brought together about two thousand troops, three hundred units of military equipment',
        ),
      },
      {
        value: 1100,
        qualifier: 'exact',
        text: '1,100 in all, 270 of them Chinese',
        source: located('chinamil-2016-peace-mission', 'size of the exercise force and the Chinese contingent'),
      },
    ],
    sources: [
      quoted(
        'inform-kz-2016-peace-mission-opening',
        'An official opening of the joint exercises of the Shanghai Cooperation Organization member states "Peace Mission -2016" started on Thursday in town of Balykchy at the Edelweiss training area',
      ),
    ],
    confidence: 'conflicting',
    claims: [
      {
        field: 'troops',
        value: 'about 2,000 (Kyrgyz General Staff)',
        source: quoted('inform-kz-2016-peace-mission-closing', 'with some 2,000 troops'),
      },
      {
        field: 'troops',
        value: '1,100, of them 270 Chinese',
        source: located('chinamil-2016-peace-mission', 'size of the exercise force and the Chinese contingent'),
      },
      {
        field: 'end date',
        value: '21 September 2016',
        source: quoted('inform-kz-2016-peace-mission-closing', 'on September 15-21'),
      },
      {
        field: 'end date',
        value: '20 September 2016',
        source: quoted('inform-kz-2016-peace-mission-finished', 'finished on Sep 20 at the mountain training center "Edelweiss" in Issyk-Kul'),
      },
    ],
    note: 'The first Peace Mission held in Kyrgyzstan; Uzbekistan did not take part.',
  },
  {
    id: 'tianshan-iii-2017',
    name: 'Tianshan III (China–Kyrgyzstan frontier forces)',
    kind: 'lawEnforcement',
    start: '2017-06-27',
    locations: [
      {
        name: 'Artux, Kizilsu Kirgiz Prefecture, Xinjiang',
        role: 'exercise area (mountains near the Kyrgyz border)',
        country: 'CHN',
        coord: atCentroid('CHN', 'a mountainous area in Artux, Kizilsu Kirgiz Prefecture, which is not in the gazetteer'),
      },
    ],
    hosts: ['CHN'],
    participants: ['CHN', 'KGZ'],
    observers: ['KAZ', 'RUS', 'TJK', 'UZB'],
    troops: [
      {
        value: 700,
        qualifier: 'about',
        text: 'about 700 troops',
        source: quoted(
          'chinadaily-2017-tianshan-iii',
          'The live-fire drill, code-named Tianshan III, involved about 700 troops and took place in a mountainous area in Artux, Kezilesu Kirgiz autonomous prefecture, which borders Kyrgyzstan.',
        ),
      },
    ],
    sources: [
      quoted(
        'globaltimes-2019-online-exercise',
        "Soldiers participate in a joint anti-terrorist exercise held by China and Kyrgyzstan frontier forces in Kizilsu Kirgiz Prefecture, northwest China's Xinjiang Uygur Autonomous Region, June 27, 2017.",
      ),
      quoted(
        'globaltimes-2019-online-exercise',
        'was witnessed by representatives from Kazakhstan, China, Kyrgyzstan, Russia, Tajikistan and Uzbekistan, all the SCO member countries',
      ),
    ],
    confidence: 'sourced',
    note: 'A live-fire drill of the two countries’ border-defence forces. The name and troop number come from China Daily; the date and the observing states from a Xinhua photo caption.',
  },
  {
    id: 'xiamen-cyber-drill-2017',
    name: 'SCO joint anti-cyber-terrorism drill (Xiamen 2017)',
    kind: 'cyber',
    start: '2017-12-06',
    locations: [{ name: 'Xiamen', role: 'venue', country: 'CHN', coord: townPoint(TOWNS.xiamen) }],
    hosts: ['CHN'],
    participants: ['CHN', 'IND', 'KAZ', 'KGZ', 'PAK', 'RUS', 'TJK', 'UZB'],
    observers: [],
    troops: [],
    sources: [
      quoted(
        'whatsonxiamen-2017-cyber-drill',
        'On December 6th, 2017, the eight member countries of the Shanghai Cooperation Organization (SCO) held an anti-cyber-terrorism joint drill in Xiamen.',
      ),
      located('globaltimes-2019-online-exercise', 'says the 2019 exercise was the third of its kind'),
    ],
    confidence: 'sourced',
    note: 'Not in the researched facts; added from a local Xiamen report. The second of the three online counter-terrorism exercises held up to 2019.',
  },
  {
    id: 'peace-mission-2018',
    name: 'Peace Mission 2018',
    kind: 'military',
    start: '2018-08-22',
    end: '2018-08-29',
    locations: [
      {
        name: 'Chebarkul',
        role: '255th Combined Arms Range at Chebarkul, Chelyabinsk region (the range’s own coordinates were not found)',
        country: 'RUS',
        coord: townPoint(TOWNS.chebarkul),
      },
    ],
    hosts: ['RUS'],
    participants: ['RUS', 'CHN', 'IND', 'PAK', 'KAZ', 'KGZ', 'TJK', 'UZB'],
    observers: [],
    troops: [
      {
        value: 3000,
        qualifier: 'atLeast',
        text: 'At least 3,000 soldiers',
        source: quoted(
          'latestly-2018-peace-mission',
          'At least 3,000 soldiers from China, Russia, Kazakhstan, Tajikistan, Kyrgyzstan, India and Pakistan are participating in the drill.',
        ),
      },
      {
        value: 3000,
        qualifier: 'about',
        text: 'around 3,000 soldiers and 500 pieces of weapon systems',
        source: quoted(
          'dailytimes-2018-peace-mission',
          'around 3,000 soldiers and 500 pieces of weapon systems from the eight SCO member countries completed redeployment and force concentration at the Chebarkul training ground',
        ),
      },
    ],
    sources: [
      located('ids-2018-peace-mission', 'dates of the exercise and of its closing ceremony'),
      quoted(
        'ssbcrack-2018-peace-mission',
        'The exercise will be held in the Chelyabinsk region of Russia from August 22 to August 29, 2018.',
      ),
      quoted(
        'latestly-2018-peace-mission',
        'The opening ceremony of the SCO Peace Mission Exercise 2018 conducted today at 255 Combined Arms Range at Chebarkul, Chelyabinsk, Russian Federation.',
      ),
    ],
    confidence: 'conflicting',
    claims: [
      {
        field: 'dates',
        value: '22–28 August, closing ceremony 29 August',
        source: located('ids-2018-peace-mission', 'dates of the exercise and of its closing ceremony'),
      },
      {
        field: 'dates',
        value: '22–29 August',
        source: quoted('ssbcrack-2018-peace-mission', 'from August 22 to August 29, 2018'),
      },
      {
        field: 'dates',
        value: '24–29 August',
        source: quoted('dailytimes-2018-peace-mission', 'was recently held in Chebarkul, Russia from 24-29 August'),
      },
      {
        field: 'dates',
        value: 'formally started on 24 August',
        source: quoted('latestly-2018-peace-mission', 'has formally started on 24 August 2018 in Russia'),
      },
      {
        field: 'dates',
        value: '20–29 August',
        source: quoted('aaj-tv-2018-peace-mission', 'The exercise is scheduled to take place from August 20-29'),
      },
      {
        field: 'participants',
        value: 'all eight members (but only seven are named, without Uzbekistan)',
        source: quoted(
          'dailytimes-2018-peace-mission',
          'Military contingents of all eight SCO member nations: China, Russia, Kyrgyzstan, Tajikistan, Kazakhstan, India and Pakistan participated.',
        ),
      },
      {
        field: 'participants',
        value: 'seven states named, without Uzbekistan',
        source: quoted(
          'latestly-2018-peace-mission',
          'At least 3,000 soldiers from China, Russia, Kazakhstan, Tajikistan, Kyrgyzstan, India and Pakistan are participating in the drill.',
        ),
      },
      {
        field: 'participants',
        value: 'all members, Uzbekistan named',
        source: quoted(
          'aaj-tv-2018-peace-mission',
          'The exercise will be joined by all SCO member countries including Russia, China, Kyrgyz Republic, Kazakhstan, Tajikistan and Uzbekistan.',
        ),
      },
      {
        field: 'troops (contingents)',
        value: 'Russia 1,700; China 700; India 200',
        source: quoted('latestly-2018-peace-mission', 'The Russian Army has the major participation of 1700 personnel followed by China with 700.'),
      },
      {
        field: 'troops (contingents)',
        value: 'India about 300 and Pakistan about 100 arrived first; China about 700',
        source: quoted(
          'aaj-tv-2018-peace-mission',
          'About 300 servicemen from India and also around 100 Pakistani personnel were the first to arrive in the Chelyabinsk Region',
        ),
      },
    ],
    note: 'The first exercise in which the armies of India and Pakistan took part together. Reports that all eight members took part list only seven states, so Uzbekistan’s part is uncertain.',
  },
  {
    id: 'solidarity-2019-2021',
    name: 'Solidarity 2019-2021 (joint border operation)',
    kind: 'borderOperation',
    start: '2019',
    end: '2021',
    locations: [
      {
        name: 'Tashkent',
        role: 'plan of the first stage approved at the 7th meeting of heads of border services (6 June 2019)',
        country: 'UZB',
        coord: townPoint(TOWNS.tashkent),
      },
      {
        name: 'Moscow',
        role: 'experts’ meeting on the results of the first stage (21–31 August 2019)',
        country: 'RUS',
        coord: townPoint(TOWNS.moscow),
      },
      {
        name: 'Khabarovsk',
        role: 'experts’ meeting on the results of the first stage (21–31 August 2019)',
        country: 'RUS',
        coord: townPoint(TOWNS.khabarovsk),
      },
    ],
    hosts: ['RUS'],
    participants: ['RUS', 'CHN', 'IND', 'PAK', 'KAZ', 'KGZ', 'TJK', 'UZB'],
    observers: [],
    troops: [],
    sources: [
      quoted(
        'ecrats-2019-solidarity-meeting',
        'During the meeting, the outcomes of the first stage of the joint border operation (hereinafter JBO) named “Solidarity 2019-2021” were discussed.',
      ),
      quoted(
        'ecrats-2019-solidarity-meeting',
        'The event was attended by the delegations from Russia, China, India, Pakistan, Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan',
      ),
      quoted(
        'gov-uz-2019-border-services-meeting',
        'Preparation plan and conduction of the first stage of the joint border operation of border services of the competent authorities of the SCO member states in 2019 “Solidarity 2019-2021” was considered and approved.',
      ),
      located('inform-kz-2019-rats-council', 'decisions of the 34th RATS Council meeting in Tashkent'),
      located('latestly-2022-border-services-meeting', 'results of the 2021 stage reviewed at the 8th meeting, New Delhi, 15–17 June 2022'),
      fromSeed(SEED_2019),
    ],
    confidence: 'sourced',
    note: 'An operation of the members’ border services run in yearly stages and coordinated by RATS. Russia held the first stage; the hosts of later stages are not in the sources read. The points mark the meetings that approved and reviewed the first stage, not patrol areas. It followed the “Unity 2018” border operation.',
  },
  {
    id: 'sary-arka-antiterror-2019',
    name: 'Sary-Arka-Antiterror-2019',
    kind: 'lawEnforcement',
    start: '2019',
    locations: [
      {
        name: 'Sary-Arka (Saryarka) steppe region, Kazakhstan',
        role: 'exercise area',
        country: 'KAZ',
        coord: atCentroid('KAZ', 'the exercise site in the Sary-Arka steppe region'),
      },
    ],
    hosts: ['KAZ'],
    participants: ['CHN', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB', 'IND', 'PAK'],
    observers: [],
    troops: [],
    sources: [
      quoted(
        'governancetoday-2019-sary-arka',
        'The SCO member states China, Kazakhstan, Kyrgyz Republic, Russia, Tajikistan, Uzbekistan, India and Pakistan will participate in a joint counter-terrorism exercise held in grasslands of Kazakhstan in the Sary Arka region.',
      ),
      located('inform-kz-2019-rats-council', 'decisions of the 34th RATS Council meeting in Tashkent'),
      fromSeed(SEED_2019),
    ],
    confidence: 'sourced',
    note: 'An exercise of the members’ competent authorities decided by the RATS Council in March 2019. Its days, exact site and numbers were not found; the sources read announce it, and the article says it was held in 2019.',
  },
  {
    id: 'xiamen-2019',
    name: 'Xiamen-2019',
    kind: 'cyber',
    start: '2019-12-12',
    locations: [{ name: 'Xiamen', role: 'venue', country: 'CHN', coord: townPoint(TOWNS.xiamen) }],
    hosts: ['CHN'],
    participants: ['CHN', 'IND', 'KAZ', 'KGZ', 'PAK', 'RUS', 'TJK', 'UZB'],
    observers: [],
    troops: [],
    sources: [
      quoted(
        'globaltimes-2019-online-exercise',
        'The Shanghai Cooperation Organization (SCO) launched on Thursday a joint online anti-terrorism exercise in China, in which competent authorities of eight SCO member states simulated a complete crackdown against online terrorist propaganda amid rising cybersecurity challenges.',
      ),
      quoted('globaltimes-2019-online-exercise', "The exercise held in Xiamen, East China's Fujian Province"),
      located('inform-kz-2019-cyber-drill-plan', 'announcement of the exercise for December 2019 in Xiamen'),
      fromSeed(SEED_XIAMEN_2019),
    ],
    confidence: 'sourced',
    note: 'The third SCO online counter-terrorism exercise, after Xiamen 2015 and 2017; each member state worked from its own simulated “combat zone”.',
  },
  {
    id: 'peace-mission-2021',
    name: 'Peace Mission 2021',
    kind: 'military',
    start: '2021-09-20',
    end: '2021-09-24',
    locations: [
      {
        name: 'Orenburg',
        role: 'Donguz training ground, Orenburg Region (the range’s own coordinates were not found)',
        country: 'RUS',
        coord: townPoint(TOWNS.orenburg),
      },
    ],
    hosts: ['RUS'],
    participants: ['RUS', 'CHN', 'IND', 'PAK', 'KAZ', 'KGZ', 'TJK', 'UZB', 'BLR'],
    observers: [],
    troops: [
      {
        value: 5500,
        qualifier: 'about',
        text: 'about 5,500 servicemen',
        source: quoted(
          'tass-2021-peace-mission',
          'Overall, Peace Mission-2021 will involve about 5,500 servicemen and over 1,200 pieces of weaponry, military and special vehicles.',
        ),
      },
      {
        value: 3400,
        qualifier: 'moreThan',
        text: 'more than 3.4 thousand servicemen',
        source: quoted(
          'pakobserver-2021-peace-mission',
          'In total, more than 3.4 thousand servicemen and more than 600 units of weapons, military and special equipment are involved in the exercise Peace Mission-2021.',
        ),
      },
      {
        value: 4000,
        qualifier: 'exact',
        text: '4000 military personnel',
        source: quoted(
          'tdi-2021-peace-mission',
          'The participating troops comprise 4000 military personnel, around which 588 military personnel are from China.',
        ),
      },
    ],
    sources: [
      quoted(
        'tass-2021-peace-mission',
        'Peace Mission-2021, a joint counter-terror command-and-staff exercise of armed forces of the Shanghai Cooperation Organization’s member states will be held at the Donguz training ground in the Orenburg Region on September 20-24',
      ),
      quoted(
        'tass-2021-peace-mission',
        'The exercises will involve servicemen from Russia, China, India, Kazakhstan, Kyrgyzstan, Pakistan, Tajikistan, and Uzbekistan.',
      ),
    ],
    confidence: 'conflicting',
    claims: [
      {
        field: 'Belarus',
        value: 'took part with military units',
        source: quoted('tass-2021-peace-mission', 'For the first time, military units from the Republic of Belarus will take part in the drills'),
      },
      {
        field: 'Belarus',
        value: 'attended as an observer',
        source: quoted(
          'pakobserver-2021-peace-mission',
          'For the first time, the military contingent of Belarus is attending the exercise as observer.',
        ),
      },
      {
        field: 'troops',
        value: 'about 5,500',
        source: quoted('tass-2021-peace-mission', 'about 5,500 servicemen'),
      },
      {
        field: 'troops',
        value: 'more than 3,400 (Russia about 2,000)',
        source: quoted('pakobserver-2021-peace-mission', 'more than 3.4 thousand servicemen'),
      },
      {
        field: 'troops',
        value: '4,000 (588 Chinese)',
        source: quoted('tdi-2021-peace-mission', 'The participating troops comprise 4000 military personnel'),
      },
      {
        field: 'dates',
        value: '20–24 September 2021',
        source: quoted('tass-2021-peace-mission', 'on September 20-24'),
      },
      {
        field: 'dates',
        value: '13–25 September 2021',
        source: quoted(
          'tdi-2021-peace-mission',
          'officially started in Orenburg, Russia on 13 September. The wrap-up of the exercise is on 25 September.',
        ),
      },
    ],
    note: 'Planned for September 2020 and postponed because of COVID-19 (TASS). Belarus, then an SCO observer, is listed as a participant after TASS; a Pakistani report calls its contingent an observer.',
  },
  {
    id: 'anti-terrorism-interaction-2024',
    name: 'Anti-terrorism Interaction-2024',
    kind: 'lawEnforcement',
    start: '2024-07',
    locations: [
      {
        name: 'Xinjiang Uygur Autonomous Region',
        role: 'exercise area',
        country: 'CHN',
        coord: atCentroid('CHN', 'the exercise site in Xinjiang, which no source read names'),
      },
    ],
    hosts: ['CHN'],
    participants: ['CHN', 'IND', 'IRN', 'KAZ', 'KGZ', 'PAK', 'RUS', 'TJK', 'UZB', 'BLR'],
    observers: [],
    troops: [],
    sources: [
      quoted(
        'xinhua-2024-interaction',
        'Authorities from the Shanghai Cooperation Organization (SCO) member states have conducted the "Interaction-2024" joint counter-terrorism exercise in northwest China\'s Xinjiang Uygur Autonomous Region, the Ministry of Public Security said on Tuesday.',
      ),
      quoted(
        'xinhua-2024-interaction',
        'The exercise marks the first time the relevant agencies from all SCO member states have participated in a joint counter-terrorism live drill.',
      ),
      quoted(
        'globaltimes-2024-interaction',
        'With Belarus becoming the 10th official member state earlier this month, the SCO has been joined by China, India, Iran, Kazakhstan, Kyrgyzstan, Pakistan, Russia, Tajikistan and Uzbekistan.',
      ),
      located('mehr-sco-counterterrorism-exercise', 'describes Interaction-2024 as the first of a series of joint drills'),
    ],
    confidence: 'sourced',
    note: 'The first live drill in which agencies of every member state took part. Reported on 23 July 2024 without exact days. Participants are the ten states that were members that month, as the reports say every member took part.',
  },
] satisfies Exercise[];

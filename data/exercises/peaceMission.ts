/**
 * The Peace Mission series of SCO military anti-terror exercises, 2005–2012. Later editions are
 * in `peaceMissionSince2013.ts`; the rules every exercise file keeps are in `index.ts`.
 */
import { PLACES, townPoint } from '../gazetteer';
import type { Exercise } from '../schema';
import { fromSeed, located, quoted } from '../sourceRefs';

const SEED_2005 =
  'In August 2005, the two countries held the Peace Mission-2005 joint military exercise in Shandong, which was the first strategic-level joint exercise under the framework of the SCO.';
const SEED_2007 =
  'In August 2007, the SCO member states held the Peace Mission-2007 joint anti-terrorism military exercise in Russia. This is the first anti-terrorism exercise involving all member states of the SCO.';
const SEED_2009 =
  'In July 2009, China and Russia again held an anti-terrorism exercise under the SCO framework.';

const JT_2005_PLACES =
  'It started in the Russian city of Vladivostok and concluded in Weifang, located in China’s Shandong Province.';
const WIKI_2005_TROOPS = 'Approximately 8,000 Chinese troops took part along with 2,000 Russians troops.';
const CD_2010_START =
  'At 10:15 a.m. local time (0415 GMT), the chiefs of the general staff of the armed forces of China, Kazakhstan, Kyrgyzstan, Russia and Tajikistan ordered the start of the drill, which is to be participated by 5,000 troops from the five countries.';
const RATS_2012_TROOPS =
  'The counter-terrorist training maneuvers “Peaceful mission - 2012” involved over 2 thousand military divisions of the land forces and over 500 units of military equipment and aircrafts from Kazakhstan, China, Kyrgiz Republic, Russia and Tajikistan.';

export const peaceMissionExercises = [
  {
    id: 'peace-mission-2005',
    name: 'Peace Mission 2005',
    kind: 'military',
    start: '2005-08-18',
    end: '2005-08-25',
    locations: [
      {
        name: 'Vladivostok',
        role: 'first phase: strategic consultations',
        country: 'RUS',
        coord: townPoint(PLACES.vladivostok),
      },
      {
        name: 'Weifang',
        role: 'blockade in the seas off Shandong, then amphibious landing and airborne assault on the Weifang live-fire range',
        country: 'CHN',
        coord: townPoint(PLACES.weifang),
      },
    ],
    hosts: ['RUS', 'CHN'],
    participants: ['CHN', 'RUS'],
    observers: ['KAZ', 'KGZ', 'TJK', 'UZB', 'IRN', 'IND', 'PAK'],
    troops: [
      {
        value: 10000,
        qualifier: 'nearly',
        text: 'nearly 10,000 troops, with approximately 1,800 from Russia',
        source: quoted(
          'jamestown-2005-peace-mission',
          'The eight-day joint exercise was split into three phases and involved nearly 10,000 troops, with approximately 1,800 from Russia.',
        ),
      },
      {
        value: 10000,
        qualifier: 'about',
        text: 'Approximately 8,000 Chinese troops took part along with 2,000 Russians troops',
        source: quoted('wikipedia-peace-mission-2005-rev-833668283', WIKI_2005_TROOPS),
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
      quoted(
        'jamestown-2005-peace-mission',
        'From August 18–25 elements of the Chinese and Russian armed forces conducted an eight-day joint exercise',
      ),
      quoted('jamestown-2005-peace-mission', JT_2005_PLACES),
      quoted('jamestown-2005-peace-mission', 'These were carried out in the seas off Shandong and on the Weifang live-fire range.'),
      quoted(
        'jamestown-2005-peace-mission',
        'observers from Kazakhstan, Kyrgyzstan, Tajikistan, and Uzbekistan attended, as did observers from Iran, India and Pakistan',
      ),
      fromSeed(SEED_2005),
    ],
    confidence: 'conflicting',
    claims: [
      { field: 'dates', value: '18–25 August 2005', source: quoted('xinhua-2005-peace-mission-dates', 'as August 18 to 25') },
      {
        field: 'dates',
        value: '19–25 August 2005',
        source: quoted('wikipedia-peace-mission-2005-rev-833668283', 'The exercise started on August 19, 2005'),
      },
      {
        field: 'phases',
        value:
          '18–19 Aug consultations in Vladivostok; 20–22 Aug deployment to Shandong; 23 Aug Bohai Sea; 24 Aug assault; 25 Aug drill over Weibei',
        source: located('scmp-2005-games-plan', 'day-by-day outline of the exercise'),
      },
      {
        field: 'troops',
        value: 'nearly 10,000, about 1,800 of them Russian',
        source: quoted('jamestown-2005-peace-mission', 'involved nearly 10,000 troops, with approximately 1,800 from Russia'),
      },
      {
        field: 'troops',
        value: '8,000 Chinese and 2,000 Russian',
        source: quoted('wikipedia-peace-mission-2005-rev-833668283', WIKI_2005_TROOPS),
      },
      { field: 'troops', value: '10,000', source: quoted('china-org-cn-de-2005-peace-mission', 'nahmen 10.000 Soldaten') },
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
      {
        field: 'place',
        value: 'Qingdao, where the Russian defence minister went to watch the landings',
        source: quoted(
          'hina-2005-peace-mission',
          'Ruski ministar obrane Sergej Ivanov krenuo je prema gradu Qingdao gdje će u srijedu i četvrtak promatrati iskrcavanje amfibija',
        ),
      },
    ],
    note: 'The first joint exercise of China and Russia and, in the article’s words, the first strategic-level exercise under the SCO framework. The Chinese phase is placed at Weifang, where Jamestown puts the landing and assault; HINA has the Russian minister travelling to Qingdao to watch it. Xinhua’s summary of the ministry’s press release printed “nearly 100,000 troops”, ten times every other figure; it is kept as a claim but not counted among the troop totals.',
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
        coord: townPoint(PLACES.urumqi),
      },
      {
        name: 'Chebarkul',
        role: 'field phase at the training ground near Chebarkul, Chelyabinsk region (the range’s own coordinates were not found)',
        country: 'RUS',
        coord: townPoint(PLACES.chebarkul),
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
      quoted(
        'eastday-2007-peace-mission-launch',
        'The drill, attended by China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan',
      ),
      quoted(
        'china-org-cn-2007-peace-mission-final',
        "The exercise began at 1 PM at a training ground of the Russian Army's 34th Motorized Rifle Division near Chebarkul, a town about 80 km west of Chelyabinsk, in Russia's Volga-Urals Military District",
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
        role: 'strategic talks of the chiefs of general staff',
        country: 'RUS',
        coord: townPoint(PLACES.khabarovsk),
      },
      {
        name: 'Taonan',
        role: 'field phase at the camp in Taonan, Jilin (the camp’s own coordinates were not found)',
        country: 'CHN',
        coord: townPoint(PLACES.taonan),
      },
    ],
    hosts: ['RUS', 'CHN'],
    participants: ['CHN', 'RUS'],
    observers: [],
    troops: [
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
        text: '1,300 personnel from each army and air force services',
        source: quoted(
          'shine-2009-peace-mission',
          'The two armed forces will send 1,300 personnel from each army and air force services to participate in the exercise, the spokesman said.',
        ),
      },
    ],
    sources: [
      quoted('chinadaily-2009-peace-mission-camp', 'The military drill begins on July 22 and lasts until July 26.'),
      quoted(
        'chinadaily-2009-peace-mission-camp',
        "Russian Armed Forces General of Staff Nikolai Makarov and the PLA General Chen Bingde will hold strategic talks in Russia's Khabarovsk on July 22.",
      ),
      quoted('chinadaily-2009-peace-mission-camp', 'when they entered the camp in Taonan, Jilin province of China, on Wednesday'),
      fromSeed(SEED_2009),
    ],
    confidence: 'sourced',
    claims: [{ field: 'dates', value: 'July 2009', source: fromSeed(SEED_2009) }],
    note: 'A China–Russia exercise under the SCO framework. The 2,600 totals are our sum of the “1,300 from each side” the sources give.',
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
        role: 'strategic talks and the order that started the drill (the field phases were at the Matybulak range in southern Kazakhstan, which no source places more precisely and which is not mapped)',
        country: 'KAZ',
        coord: townPoint(PLACES.almaty),
      },
    ],
    hosts: ['KAZ'],
    participants: ['KAZ', 'CHN', 'KGZ', 'RUS', 'TJK'],
    observers: [],
    troops: [
      {
        value: 5000,
        qualifier: 'exact',
        text: '5,000 troops from the five countries',
        source: quoted('chinadaily-2010-peace-mission-start', CD_2010_START),
      },
      {
        value: 5000,
        qualifier: 'about',
        text: 'প্রায় ৫ হাজার সৈনিক (about 5,000 soldiers)',
        source: quoted('ruvr-2010-peace-mission-plan', 'প্রায় ৫ হাজার সৈনিক অংশগ্রহণ করছে'),
      },
    ],
    sources: [
      quoted(
        'chinadaily-2010-peace-mission-start',
        'ALMATY - "Peace Mission 2010," a multi-national anti-terror military drill under the framework of the Shanghai Cooperation Organization (SCO), kicked off here on Friday.',
      ),
      quoted('chinadaily-2010-peace-mission-start', CD_2010_START),
      quoted(
        'chinadaily-2010-peace-mission-photo',
        "The SCO members' soldiers conduct joint anti-terror millitary drill at the Matybulak training range in Kazakhstan on Sept 15, 2010",
      ),
      quoted('chinadaily-2010-peace-mission-photo', 'All SCO member states but Uzbekistan are taking part in the event.'),
      quoted(
        'cri-2010-peace-mission-second-phase',
        'Danas je na vojnom poligonu Matybulak u Kazahstanu održana ceremonija povodom početka druge faze antiterorističkih manevara',
      ),
      quoted('ruvr-2010-peace-mission-plan', 'মহড়া হবে ৯ই থেকে ২৫শে পর্যন্ত তিন পর্যায়েঃ'),
    ],
    confidence: 'conflicting',
    claims: [
      {
        field: 'dates',
        value: '9–25 September 2010, in three stages (Interfax, via the Voice of Russia)',
        source: quoted('ruvr-2010-peace-mission-plan', 'মহড়া হবে ৯ই থেকে ২৫শে পর্যন্ত তিন পর্যায়েঃ'),
      },
      {
        field: 'dates',
        value: 'drill started by order of the chiefs of general staff on Friday 10 September',
        source: quoted('chinadaily-2010-peace-mission-start', 'kicked off here on Friday'),
      },
    ],
    note: 'Uzbekistan did not take part (China Daily). The Voice of Russia report in Bengali, citing Interfax, gives 9–25 September; Xinhua reports the drill started on 10 September. A Xinhua report on the end of the exercise and a RIA Novosti preview that listed Uzbekistan were read only as copies on banned hosts and are no longer cited.',
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
        role: 'where Xinhua reports the exercise concluded; the live phase was on the Chorukh-Dayron firing ground in Sughd province (the range’s own coordinates were not found)',
        country: 'TJK',
        coord: townPoint(PLACES.khujand),
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
        source: quoted('ecrats-coordination-activities', RATS_2012_TROOPS),
      },
      {
        value: 2000,
        qualifier: 'about',
        text: 'about 2,000 military personnel',
        source: quoted(
          'people-cn-2012-peace-mission-concludes',
          'involved about 2,000 military personnel from China, Kazakhstan, Kyrgyzstan, Russia and Tajikistan',
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
      quoted(
        'people-cn-2012-peace-mission-concludes',
        'KHUZHAND, Tajikistan, June 14 (Xinhua) -- The ninth counter-terrorism joint military exercise conducted by Shanghai Cooperation Organization (SCO) members concluded here Thursday.',
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
] satisfies Exercise[];

/**
 * The Peace Mission series of SCO military anti-terror exercises, 2013 on (2005–2012 are in
 * `peaceMission.ts`). Peace Mission 2023 was announced for the Chelyabinsk Region but no report
 * that it was held was found, so it has no record. The rules every exercise file keeps are in
 * `index.ts`.
 */
import { PLACES, seatPoint, townPoint } from '../gazetteer';
import type { Exercise } from '../schema';
import { located, quoted } from '../sourceRefs';

const CRI_2013 =
  'idaraos ang isang magkasanib na ensayong militar na may code na "Peace Mission 2013", mula ika-27 ng Hulyo hanggang ika-15 ng Agusto, sa Chelyabinsk, Rusya. Mahigit sa 1,500 sundalo ang lalahok sa nasabing ensayo.';
const KZ_2016_CLOSING =
  "The joint anti-terrorist exercise Peace Mission-2016 was held at Kyrgyzstan's Edelweiss high altitude proving ground in the Issyk-Kul region of Kyrgyzstan on September 15-21 with some 2,000 troops from Russia, Kazakhstan, Kyrgyzstan, China and Tajikistan taking part.";
const TASS_2018 =
  'The maneuvers involve military governance bodies, land troops and aviation of Kazakhstan, Tajikistan, Kyrgyzstan, Russia, China, India and Pakistan while representatives of Uzbekistan are present as observers.';
const TASS_2021_PLACE =
  'Peace Mission-2021, a joint counter-terror command-and-staff exercise of armed forces of the Shanghai Cooperation Organization’s member states will be held at the Donguz training ground in the Orenburg Region on September 20-24';
const ISPR_2021_BELARUS = 'Belarus is taking part in the exercise as an observer.';

export const laterPeaceMissionExercises = [
  {
    id: 'peace-mission-2013',
    name: 'Peace Mission 2013',
    kind: 'military',
    start: '2013-07-27',
    end: '2013-08-15',
    locations: [
      {
        name: 'Chelyabinsk Region',
        role: 'exercise area in Russia’s Chelyabinsk region (no source read names the range)',
        country: 'RUS',
        coord: seatPoint(PLACES.chelyabinsk, 'region', 'Chelyabinsk Region'),
      },
    ],
    hosts: ['RUS'],
    participants: ['CHN', 'RUS'],
    observers: [],
    troops: [
      {
        value: 1500,
        qualifier: 'moreThan',
        text: 'Mahigit sa 1,500 sundalo (more than 1,500 soldiers)',
        source: quoted('cri-2013-peace-mission-announcement', CRI_2013),
      },
      {
        value: 1500,
        qualifier: 'exact',
        text: '1,500, including 600 Chinese',
        source: located('rt-2013-peace-mission', 'troop numbers'),
      },
    ],
    sources: [
      quoted('cri-2013-peace-mission-announcement', CRI_2013),
      quoted(
        'cri-2013-peace-mission-start',
        'शांति मिशन—2013 नामक चीन-रूस संयुक्त सैन्याभ्यास शनिवार 27 जुलाई को रूस के चेल्याबिंस्काया में शुरू हुआ, जो 15 अगस्त तक चलेगा।',
      ),
      located('people-cn-2013-peace-mission', 'span of the exercise and start of the drill proper'),
    ],
    confidence: 'sourced',
    claims: [
      {
        field: 'troops (Chinese contingent)',
        value: '646',
        source: quoted(
          'upi-2013-peace-mission',
          "The soldiers will be joined by others -- eventually totaling 646 -- at the operation site in Chelyabinsk in Russia's Ural Mountains by Aug. 2, China's official Xinhua news agency reported.",
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
    note: 'A China–Russia exercise; the dates cover deployment from 27 July, the drill proper began on 3 August. The sources read name only Chelyabinsk (the region, in CRI’s Hindi report), so the point is the region’s seat.',
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
        role: 'exercise area; the base lies at Zhurihe town in Sonid Right Banner, Xilingol League (the town is not in GeoNames, so the point is the banner’s seat)',
        country: 'CHN',
        coord: seatPoint(PLACES.saihanTal, 'district', 'Sonid Right Banner'),
      },
    ],
    hosts: ['CHN'],
    participants: ['CHN', 'RUS', 'KAZ', 'KGZ', 'TJK'],
    observers: ['UZB'],
    troops: [
      {
        value: 7000,
        qualifier: 'moreThan',
        text: 'over 7,000 from five states',
        source: located('globalsecurity-2014-peace-mission', 'size of the exercise force'),
      },
    ],
    sources: [
      located('globalsecurity-2014-peace-mission', 'dates, place and participants of the exercise'),
      quoted(
        'scmp-2017-zhurihe-timeline',
        'China hosts “Peace Mission 2014” anti-terrorism drills at Zhurihe, with troops from Russia, Kazakhstan, Kyrgyzstan and Tajikistan',
      ),
      quoted(
        'cri-2014-peace-mission',
        'Hanno osservato l\'esercitazione il membro della Commissione Militare Centrale e capo di Stato Maggiore della Cina, Fang Huijun, i capi di Stato Maggiore di cinque paesi quali il Kazakistan, il Kirghizistan, la Russia, il Tagikistan e l\'Uzbekistan',
      ),
      quoted(
        'cri-2014-peace-mission',
        'le truppe partecipanti di Kazakistan, Cina, Kirghizistan, Russia e Tagikistan',
      ),
      quoted('wenweipo-2013-zhurihe', '位於內蒙古自治區錫林郭勒盟蘇尼特右旗朱日和鎮'),
    ],
    confidence: 'sourced',
    claims: [
      {
        field: 'troops (foreign contingents)',
        value: '2,200',
        source: located('chinadaily-2014-peace-mission-troops', 'number of foreign troops arriving at Zhurihe'),
      },
    ],
    note: 'Billed as the largest SCO exercise to that date. Uzbekistan sent no troops; its chief of general staff watched the final drill with those of the participating states (CRI), so it is listed as an observer.',
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
        coord: townPoint(PLACES.balykchy),
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
        source: quoted('inform-kz-2016-peace-mission-closing', KZ_2016_CLOSING),
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
      quoted('inform-kz-2016-peace-mission-closing', KZ_2016_CLOSING),
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
    id: 'peace-mission-2018',
    name: 'Peace Mission 2018',
    kind: 'military',
    start: '2018-08-22',
    end: '2018-08-29',
    locations: [
      {
        name: 'Chebarkul',
        role: 'Chebarkul training ground, Chelyabinsk region (the range’s own coordinates were not found)',
        country: 'RUS',
        coord: townPoint(PLACES.chebarkul),
      },
    ],
    hosts: ['RUS'],
    participants: ['RUS', 'CHN', 'IND', 'PAK', 'KAZ', 'KGZ', 'TJK'],
    observers: ['UZB'],
    troops: [
      {
        value: 3000,
        qualifier: 'moreThan',
        text: 'over 3,000 troops and about 500 pieces of military hardware',
        source: quoted('tass-2018-peace-mission-preparations', 'Overall, the drills involve over 3,000 troops and about 500 pieces of military hardware.'),
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
      quoted(
        'tass-2018-peace-mission-preparations',
        'The SCO’s Peace Mission-2018 counter-terror command and staff drills run at the Chebarkul training range on August 22-28.',
      ),
      quoted('tass-2018-peace-mission-preparations', TASS_2018),
      located('ids-2018-peace-mission', 'dates of the exercise and of its closing ceremony'),
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
        value: '22–28 August',
        source: quoted('tass-2018-peace-mission-preparations', 'at the Chebarkul training range on August 22-28'),
      },
      {
        field: 'dates',
        value: '24–29 August',
        source: quoted('dailytimes-2018-peace-mission', 'was recently held in Chebarkul, Russia from 24-29 August'),
      },
      {
        field: 'dates',
        value: '20–29 August',
        source: quoted('aaj-tv-2018-peace-mission', 'The exercise is scheduled to take place from August 20-29'),
      },
      {
        field: 'participants',
        value: 'seven states with troops; Uzbekistan observing',
        source: quoted('tass-2018-peace-mission-preparations', TASS_2018),
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
        value: 'all members, Uzbekistan named (preview before the exercise)',
        source: quoted(
          'aaj-tv-2018-peace-mission',
          'The exercise will be joined by all SCO member countries including Russia, China, Kyrgyz Republic, Kazakhstan, Tajikistan and Uzbekistan.',
        ),
      },
      {
        field: 'troops (contingents)',
        value: 'India 200; Pakistan 110',
        source: quoted('thenews-2018-exercising-for-peace', 'The six-day drills brought together 200 Indian and 110 Pakistani military personnel'),
      },
      {
        field: 'troops (contingents)',
        value: 'India about 300 and Pakistan about 100 arrived first',
        source: quoted(
          'aaj-tv-2018-peace-mission',
          'About 300 servicemen from India and also around 100 Pakistani personnel were the first to arrive in the Chelyabinsk Region',
        ),
      },
    ],
    note: 'The first exercise in which the armies of India and Pakistan took part together. The Russian Central Military District (via TASS) lists seven states with troops and Uzbekistan as an observer; a Pakistani preview names Uzbekistan among the participants.',
  },
  {
    id: 'peace-mission-2021',
    name: 'Peace Mission 2021',
    kind: 'military',
    start: '2021-09-20',
    end: '2021-09-24',
    locations: [
      {
        name: 'Donguz training ground, Orenburg Region',
        role: 'exercise area (the range is not in GeoNames; the point is the seat of Orenburg Region)',
        country: 'RUS',
        coord: seatPoint(PLACES.orenburg, 'region', 'Orenburg Region'),
      },
    ],
    hosts: ['RUS'],
    participants: ['RUS', 'CHN', 'IND', 'PAK', 'KAZ', 'KGZ', 'TJK', 'UZB'],
    observers: ['BLR'],
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
      quoted('tass-2021-peace-mission', TASS_2021_PLACE),
      quoted(
        'tass-2021-peace-mission',
        'The exercises will involve servicemen from Russia, China, India, Kazakhstan, Kyrgyzstan, Pakistan, Tajikistan, and Uzbekistan.',
      ),
      quoted(
        'dailypakistan-2021-peace-mission',
        'Troops from all SCO member states – Pakistan, Russia, India, Kazakhstan, China, Kyrgyzstan, Tajikistan and Uzbekistan – are participating in the exercise under extremely challenging field environment.',
      ),
      quoted('dailypakistan-2021-peace-mission', ISPR_2021_BELARUS),
    ],
    confidence: 'conflicting',
    claims: [
      {
        field: 'Belarus',
        value: 'to take part with military units (before the exercise)',
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
        field: 'Belarus',
        value: 'observer (ISPR)',
        source: quoted('dailypakistan-2021-peace-mission', ISPR_2021_BELARUS),
      },
      { field: 'troops', value: 'about 5,500', source: quoted('tass-2021-peace-mission', 'about 5,500 servicemen') },
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
      { field: 'dates', value: '20–24 September 2021', source: quoted('tass-2021-peace-mission', 'on September 20-24') },
      {
        field: 'dates',
        value: '13–25 September 2021',
        source: quoted(
          'tdi-2021-peace-mission',
          'officially started in Orenburg, Russia on 13 September. The wrap-up of the exercise is on 25 September.',
        ),
      },
    ],
    note: 'Planned for September 2020 and postponed because of COVID-19 (TASS). Belarus, then an SCO observer, was announced by TASS as taking part; the Pakistani military’s statement and the Pakistan Observer, reporting from the exercise, call it an observer, so it is listed as one.',
  },
] satisfies Exercise[];

/**
 * India–Pakistan exchanges of fire since both joined the SCO (9 June 2017). Each escalation (a
 * strike or air engagement across the Line of Control or the border, with the fighting that
 * followed) is a record of its own; the low-level ceasefire violations between escalations are
 * grouped into one record for the period an official count covers (see `index.ts`).
 */
import { PLACES, seatPoint, townPoint } from '../gazetteer';
import type { Incident } from '../schema';
import { located, quoted } from '../sourceRefs';
import { statement } from './statement';

const PK_2021 = 'preciouskashmir-2021-loc-toll';
const MHA_2018 = quoted(
  PK_2021,
  'They said 30 civilians were killed and 143 injured in 2018 while the number of civilians killed in 2019 was 18 killed and injures 127.',
);
const MHA_SF = quoted(
  PK_2021,
  'Similarly, they said, 29 security personnel were killed and 116 injured in 2018. In 2019, they said, 19 personnel were killed and 122 injured while 24 personnel were killed and 126 others injured last year.',
);
const MHA_2020_HEADLINE = quoted(PK_2021, 'LoC Flare Up: 24 security men, 22 civilians killed in 2020');
const MEA_13 = quoted('turkiyetoday-2025-05-08-mea-toll', '13 Indian civilians killed, 59 injured in Pakistani shelling: FM');
const RTI_INJURED = quoted(
  'hindustantimes-2020-08-28-rti-cfv',
  'The ministry said 308 civilians and 300 security force personnel have also been injured in firing and shelling from across the border during this time.',
);
const ISPR_FINAL = quoted(
  'arynews-urdu-2025-05-ispr-toll',
  'بھارتی مسلح افواج کے بلا اشتعال اور وحشیانہ حملوں کے نتیجے میں 40 شہری شہید ہوئے جن میں 7 خواتین اور 15 بچے بھی شامل ہیں جبکہ 121 شہری زخمی ہوئے۔',
);

export const indiaPakistanIncidents: Incident[] = [
  {
    id: 'loc-ceasefire-violations-2018-2020',
    name: 'Ceasefire violations on the Line of Control and the border in Jammu and Kashmir, 2018–2020 (grouped)',
    start: '2018',
    end: '2020',
    place: 'Line of Control and International Border in Jammu and Kashmir',
    parties: ['IND', 'PAK'],
    locations: [
      {
        name: 'Jammu and Kashmir',
        role: 'the violations are reported along the whole Line of Control and border in the territory; no single site',
        country: 'IND',
        coord: seatPoint(PLACES.jammu, 'region', 'Jammu and Kashmir'),
      },
    ],
    casualties: [
      statement({ side: 'IND', people: 'civilians', statedBy: 'Indian Ministry of Home Affairs (Lok Sabha)', asOf: '2021-02-02', killed: [30, 'exact', '30 civilians were killed … in 2018'], injured: [143, 'exact', '143 injured in 2018'], text: '2018: 30 Indian civilians killed and 143 injured.', source: MHA_2018 }),
      statement({ side: 'IND', people: 'security', statedBy: 'Indian Ministry of Home Affairs (Lok Sabha)', asOf: '2021-02-02', killed: [29, 'exact', '29 security personnel were killed … in 2018'], injured: [116, 'exact', '116 injured in 2018'], text: '2018: 29 Indian security personnel killed and 116 injured.', source: MHA_SF }),
      statement({ side: 'IND', people: 'civilians', statedBy: 'Indian Ministry of Home Affairs (Lok Sabha)', asOf: '2021-02-02', killed: [18, 'exact', 'civilians killed in 2019 was 18'], injured: [127, 'exact', 'injures 127'], text: '2019: 18 Indian civilians killed and 127 injured.', source: MHA_2018 }),
      statement({ side: 'IND', people: 'security', statedBy: 'Indian Ministry of Home Affairs (Lok Sabha)', asOf: '2021-02-02', killed: [19, 'exact', 'In 2019 … 19 personnel were killed'], injured: [122, 'exact', '122 injured'], text: '2019: 19 Indian security personnel killed and 122 injured.', source: MHA_SF }),
      statement({ side: 'IND', people: 'security', statedBy: 'Indian Ministry of Home Affairs (Lok Sabha)', asOf: '2021-02-02', killed: [24, 'exact', '24 personnel were killed … last year'], injured: [126, 'exact', '126 others injured last year'], text: '2020: 24 Indian security personnel killed and 126 injured.', source: MHA_SF }),
      statement({ side: 'IND', people: 'civilians', statedBy: 'Indian Ministry of Home Affairs (Lok Sabha)', asOf: '2021-02-02', killed: [22, 'exact', '22 civilians killed in 2020'], text: '2020: 22 Indian civilians killed.', source: MHA_2020_HEADLINE }),
      statement({
        side: 'IND',
        people: 'security',
        statedBy: 'Indian Defence Minister Rajnath Singh (Rajya Sabha)',
        asOf: '2020-02-10',
        killed: [15, 'exact', '13 Army personnel and two BSF soldiers were killed'],
        text: '2019: 13 Indian Army personnel and two Border Security Force soldiers killed in ceasefire violations and cross-border firing.',
        source: quoted(
          'indiatoday-2020-02-10-rajnath-cfv',
          'Defence Minister Rajnath Singh said that 13 Army personnel and two BSF soldiers were killed in ceasefire violations, cross border firing in 2019.',
        ),
      }),
      statement({
        side: 'IND',
        people: 'all',
        statedBy: 'Indian Ministry of Home Affairs (reply under the RTI Act)',
        asOf: '2020-08-28',
        killed: [119, 'exact', 'left 119 people, including 63 civilians, dead'],
        text: 'January 2018 to July 2020: 119 Indians killed, 63 of them civilians.',
        source: quoted(
          'hindustantimes-2020-08-28-rti-cfv',
          'Pakistani troops have resorted to at least nine ceasefire violations daily over the last three years and left 119 people, including 63 civilians, dead',
        ),
      }),
      statement({
        side: 'IND',
        people: 'civilians',
        statedBy: 'Indian Ministry of Home Affairs (reply under the RTI Act)',
        asOf: '2020-08-28',
        injured: [308, 'exact', '308 civilians … injured'],
        text: 'January 2018 to July 2020: 308 Indian civilians injured.',
        source: RTI_INJURED,
      }),
      statement({
        side: 'IND',
        people: 'security',
        statedBy: 'Indian Ministry of Home Affairs (reply under the RTI Act)',
        asOf: '2020-08-28',
        injured: [300, 'exact', '300 security force personnel have also been injured'],
        text: 'January 2018 to July 2020: 300 Indian security personnel injured.',
        source: RTI_INJURED,
      }),
    ],
    sources: [
      quoted(PK_2021, 'They said that there were nearly 70 per cent increase in “ceasefire violations” in last one year with 5133 incidents reported in 2020 and 3479 in 2019 while number of such happenings was 2140 in 2018.'),
      quoted('indiatoday-2020-02-10-rajnath-cfv', 'The Pakistan army was involved in a total of 3,479 ceasefire violations along the Jammu and Kashmir border in 2019, Defence Minister Rajnath Singh said on Monday.'),
    ],
    confidence: 'conflicting',
    claims: [
      { field: 'Indian security personnel killed, 2019', value: '19 (home ministry)', source: MHA_SF },
      {
        field: 'Indian security personnel killed, 2019',
        value: '15: 13 Army and 2 BSF (defence minister)',
        source: quoted('indiatoday-2020-02-10-rajnath-cfv', '13 Army personnel and two BSF soldiers were killed'),
      },
    ],
    note: 'Only Indian official counts of Indian dead and injured were found; Pakistani counts of its own losses are not recorded. Each statement counts one year (or the period its text names): they are never to be added. Violations between June and December 2017, and in 2021 before the February 2021 recommitment to the ceasefire, are not covered by a count we hold.',
  },
  {
    id: 'balakot-strike-and-air-clash-2019-02',
    name: 'Balakot air strike and air engagement over the Line of Control (India–Pakistan)',
    start: '2019-02-26',
    place: 'Indian air strike near Balakot, Khyber Pakhtunkhwa (Pakistan), on 26 February; Pakistani air strikes and air combat over the Nowshera and Lam sectors, Rajouri district, on 27 February',
    parties: ['IND', 'PAK'],
    locations: [
      {
        name: 'Balakot',
        role: 'Indian air strike on 26 February (Balakot is not in GeoNames; it lies in Mansehra district)',
        country: 'PAK',
        coord: seatPoint(PLACES.mansehra, 'district', 'Mansehra district'),
      },
      {
        name: 'Nowshera and Lam sectors, Rajouri district',
        role: 'Pakistani air strikes and air combat on 27 February',
        country: 'IND',
        coord: seatPoint(PLACES.rajaori, 'district', 'Rajouri district'),
      },
    ],
    casualties: [
      statement({
        side: 'PAK',
        people: 'militants',
        statedBy: 'Indian Foreign Secretary Vijay Gokhale',
        asOf: '2019-02-26',
        text: 'India said a “very large number” of Jaish-e-Mohammed members were killed at Balakot, giving no figure.',
        source: quoted(
          'dnaindia-2019-02-26-gokhale',
          'In this operation, a very large number of JeM terrorists, trainers, senior commanders and groups of jihadis who were being trained',
        ),
      }),
      statement({
        side: 'PAK',
        people: 'all',
        statedBy: 'Balakot police chief Saghir Hussain Shah (to AP)',
        asOf: '2019-02-26',
        killed: [0, 'exact', 'no casualties'],
        text: 'Local police found no casualties and no damage on the ground.',
        source: quoted('dawn-2019-02-26-balakot', 'no casualties, no damages on the ground because of the dropping of the bombs'),
      }),
    ],
    sources: [
      quoted('dawn-2019-02-26-balakot', 'India\'s Foreign Secretary VK Gokhale on Tuesday claimed that the country\'s air force "struck the biggest training camp of Jaish-e-Mohammad (JeM) in Balakot".'),
      quoted(
        'thehindu-2019-02-27-air-clash',
        'One Indian MiG-21 Bison aircraft was lost and a Pakistani F-16 was shot. Indian Air Force pilot Wing Commander Abhinandan Varthaman was arrested by Pakistan and is in their custody.',
      ),
      quoted('thehindu-2019-02-27-air-clash', 'The general area of their brief ingress was in the Naushara and Lam sectors in Kashmir, according to defence sources.'),
    ],
    confidence: 'conflicting',
    claims: [
      {
        field: 'dead at Balakot',
        value: 'a very large number of militants (Indian foreign secretary)',
        source: quoted('dnaindia-2019-02-26-gokhale', 'a very large number of JeM terrorists'),
      },
      { field: 'dead at Balakot', value: 'none found (Balakot police)', source: quoted('dawn-2019-02-26-balakot', 'no casualties, no damages on the ground') },
      {
        field: 'aircraft lost on 27 February',
        value: 'one Indian MiG-21 and one Pakistani F-16 (Indian account)',
        source: quoted('thehindu-2019-02-27-air-clash', 'One Indian MiG-21 Bison aircraft was lost and a Pakistani F-16 was shot.'),
      },
    ],
    note: 'India struck after the Pulwama attack of 14 February 2019. No ceasefire was announced; no end date is given.',
  },
  {
    id: 'india-pakistan-escalation-2025-05',
    name: 'India–Pakistan escalation: Operation Sindoor strikes and shelling on the Line of Control',
    start: '2025-05-07',
    end: '2025-05-10',
    place:
      'Indian strikes on nine sites in Pakistan and Pakistan-administered Kashmir (Bahawalpur, Muridke, Kotli, Muzaffarabad and others); Pakistani shelling of Poonch and other sectors of Indian-administered Jammu and Kashmir',
    parties: ['IND', 'PAK'],
    locations: [
      { name: 'Poonch', role: 'the Indian town worst hit by shelling', country: 'IND', coord: townPoint(PLACES.poonch) },
      { name: 'Bahawalpur', role: 'site of an Indian strike', country: 'PAK', coord: townPoint(PLACES.bahawalpur) },
      { name: 'Muridke', role: 'site of an Indian strike', country: 'PAK', coord: townPoint(PLACES.muridke) },
      { name: 'Kotli', role: 'site of an Indian strike (Pakistan-administered Kashmir)', country: 'PAK', coord: townPoint(PLACES.kotli) },
      { name: 'Muzaffarabad', role: 'site of an Indian strike (Pakistan-administered Kashmir)', country: 'PAK', coord: townPoint(PLACES.muzaffarabad) },
    ],
    casualties: [
      statement({
        side: 'IND',
        people: 'civilians',
        statedBy: 'Poonch MLA Aijaz Jan',
        asOf: '2025-05-07',
        killed: [10, 'atLeast', 'At least 10 persons including two women, have been killed'],
        injured: [40, 'exact', '40 others injured'],
        text: 'First day, Poonch: at least ten civilians killed, two women among them, and 40 injured.',
        source: quoted(
          'newindianexpress-2025-05-07-poonch',
          '“At least 10 persons including two women, have been killed and 40 others injured in the Pakistani shelling so far,” the MLA said.',
        ),
      }),
      statement({
        side: 'IND',
        people: 'civilians',
        statedBy: 'India Today (ground report)',
        asOf: '2025-05-07',
        killed: [15, 'exact', '15 civilians killed [in Poonch]'],
        injured: [43, 'exact', '43 injured [in Poonch]'],
        text: 'Pakistani shelling of Poonch on 7 May: 15 civilians killed, 43 injured.',
        source: located('indiatoday-2025-poonch-shelling', 'toll of the 7 May shelling of Poonch'),
      }),
      statement({
        side: 'IND',
        people: 'civilians',
        statedBy: 'Indian Ministry of External Affairs',
        asOf: '2025-05-08',
        killed: [13, 'exact', '13 Indian civilians killed'],
        injured: [59, 'exact', '59 injured'],
        text: 'Thirteen Indian civilians killed by Pakistani shelling since 7 May, all in Poonch, and 59 injured.',
        source: MEA_13,
      }),
      statement({
        side: 'IND',
        people: 'soldiers',
        statedBy: 'Indian Army',
        asOf: '2025-05-08',
        killed: [1, 'exact', 'one of its soldiers died'],
        text: 'One Indian soldier killed by Pakistani shelling in Poonch on 7 May.',
        source: quoted(
          'turkiyetoday-2025-05-08-mea-toll',
          'The Indian army further confirmed that one of its soldiers died during “Pakistan Army shelling” in Poonch on Wednesday, bringing the total death toll on the Indian side to 14.',
        ),
      }),
      statement({
        side: 'PAK',
        people: 'civilians',
        statedBy: 'ISPR (Pakistani military)',
        asOf: '2025-05-07',
        killed: [31, 'atLeast', 'at least 31 innocent civilians'],
        injured: [46, 'exact', '46 others injured'],
        text: 'Early Pakistani count: at least 31 civilians killed and 46 injured by the Indian strikes.',
        source: quoted(
          'brecorder-2025-05-08-ispr-toll',
          'have resulted in the martyrdom of at least 31 innocent civilians, with 46 others injured, according to the Inter-Services Public Relations (ISPR).',
        ),
      }),
      statement({
        side: 'PAK',
        people: 'militants',
        statedBy: 'Indian Army (Director General of Military Operations, Lt Gen Rajiv Ghai)',
        asOf: '2025-05-11',
        killed: [100, 'moreThan', '100 થી વધુ આતંકવાદીઓ માર્યા ગયા'],
        text: 'India’s claim: more than 100 militants killed in the strikes on nine camps (not independently verified).',
        source: quoted(
          'newsonair-2025-05-11-dgmo',
          'ઓપરેશન સિંદૂર હેઠળ પાકિસ્તાન અને પાકિસ્તાન કબજા હેઠળનાં કશ્મીરમાં નવ આતંકવાદી છાવણીઓ પર થયેલા હુમલામાં 100 થી વધુ આતંકવાદીઓ માર્યા ગયા હતા.',
        ),
      }),
      statement({
        side: 'PAK',
        people: 'civilians',
        statedBy: 'ISPR (Pakistani military)',
        asOf: '2025-05',
        killed: [40, 'exact', '40 شہری شہید ہوئے'],
        injured: [121, 'exact', '121 شہری زخمی ہوئے'],
        text: 'Final Pakistani count: 40 civilians killed, seven women and 15 children among them, and 121 injured.',
        source: ISPR_FINAL,
      }),
      statement({
        side: 'PAK',
        people: 'soldiers',
        statedBy: 'ISPR (Pakistani military)',
        asOf: '2025-05',
        killed: [13, 'exact', 'مسلح افواج کے شہدا کی تعداد 13 ہو گئی'],
        injured: [78, 'exact', '78 جوان دوران ڈیوٹی زخمی ہوئے'],
        text: 'Pakistani armed forces: 13 dead, after two of the wounded died, and 78 wounded.',
        source: quoted('arynews-urdu-2025-05-ispr-toll', 'مسلح افواج کے شہدا کی تعداد 13 ہو گئی ہے۔'),
      }),
    ],
    sources: [
      located('indiatoday-2025-poonch-shelling', 'ground report on the shelling after the strikes'),
      quoted(
        'indiatoday-2025-05-10-ceasefire',
        'It was agreed between them that both sides would cease all firing and military action on land, in the air, and at sea with effect from 1700 hours (5 pm),',
      ),
    ],
    confidence: 'conflicting',
    claims: [
      { field: 'Indian civilian dead from shelling', value: '10 or more (Poonch MLA, 7 May)', source: quoted('newindianexpress-2025-05-07-poonch', 'At least 10 persons including two women, have been killed') },
      { field: 'Indian civilian dead from shelling', value: '15 (Poonch, 7 May)', source: located('indiatoday-2025-poonch-shelling', 'toll of the 7 May shelling of Poonch') },
      { field: 'Indian civilian dead from shelling', value: '13 (foreign ministry, 8 May)', source: MEA_13 },
      { field: 'Pakistani civilian dead', value: '31 (ISPR, 7 May)', source: quoted('brecorder-2025-05-08-ispr-toll', 'at least 31 innocent civilians') },
      { field: 'Pakistani civilian dead', value: '40 (ISPR, final)', source: ISPR_FINAL },
    ],
    note: 'India struck after the Pahalgam attack of 22 April 2025, in which 26 people were killed. The two militaries agreed to stop all firing from 17:00 IST on 10 May 2025. India’s count of militants killed is a claim and is never to be added to civilian or military counts.',
  },
];

/**
 * Joint border operations of the members' border services and joint online (cyber)
 * counter-terrorism exercises of their competent authorities, run with the Regional
 * Anti-Terrorist Structure. The rules every exercise file keeps are in `index.ts`.
 */
import { PLACES, townPoint } from '../gazetteer';
import type { Exercise } from '../schema';
import { fromSeed, located, quoted } from '../sourceRefs';

const SEED_2019 =
  'In 2019, the SCO member states held the joint border operation Solidarity 2019-2021 and the joint anti-terrorist exercise Sary-arka-antiterror-2019.';
const SEED_XIAMEN_2019 = 'The Xiamen-2019 joint exercise against cyber terrorism was held in 2019.';

export const borderAndCyberExercises = [
  {
    id: 'xiamen-2015',
    name: 'Xiamen-2015',
    kind: 'cyber',
    start: '2015-10-14',
    locations: [{ name: 'Xiamen', role: 'venue', country: 'CHN', coord: townPoint(PLACES.xiamen) }],
    hosts: ['CHN'],
    participants: ['CHN'],
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
        field: 'participants',
        value: 'relevant authorities of the SCO member states (not named one by one)',
        source: quoted(
          'chinamil-2015-xiamen',
          'jointly hosted by relevant authorities of member states of the Shanghai Cooperation Organization(SCO)',
        ),
      },
    ],
    note: 'The SCO’s first joint online counter-terrorism exercise, decided by RATS Council resolution No. 386 of 10 April 2015. The sources say the members’ authorities held it together but name only the host, so only China is listed. Personnel: not reported.',
  },
  {
    id: 'xiamen-cyber-drill-2017',
    name: 'SCO joint anti-cyber-terrorism drill (Xiamen 2017)',
    kind: 'cyber',
    start: '2017-12-06',
    locations: [{ name: 'Xiamen', role: 'venue', country: 'CHN', coord: townPoint(PLACES.xiamen) }],
    hosts: ['CHN'],
    participants: ['CHN'],
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
    claims: [
      {
        field: 'participants',
        value: 'the eight SCO member countries (not named one by one)',
        source: quoted('whatsonxiamen-2017-cyber-drill', 'the eight member countries of the Shanghai Cooperation Organization (SCO) held an anti-cyber-terrorism joint drill in Xiamen'),
      },
    ],
    note: 'Added from a local Xiamen report. The second of the three online counter-terrorism exercises held up to 2019. The report names no state but the host, so only China is listed. Personnel: not reported.',
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
        coord: townPoint(PLACES.tashkent),
      },
      {
        name: 'Moscow',
        role: 'experts’ meeting on the results of the first stage (21–31 August 2019)',
        country: 'RUS',
        coord: townPoint(PLACES.moscow),
      },
      {
        name: 'Khabarovsk',
        role: 'experts’ meeting on the results of the first stage (21–31 August 2019)',
        country: 'RUS',
        coord: townPoint(PLACES.khabarovsk),
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
      quoted(
        'gov-uz-2019-border-services-meeting',
        'Results of the joint border operation of competent authorities of the SCO member states “Unity 2018”, held in 2018, were highly appreciated.',
      ),
      located('inform-kz-2019-rats-council', 'decisions of the 34th RATS Council meeting in Tashkent'),
      fromSeed(SEED_2019),
    ],
    confidence: 'sourced',
    note: 'An operation of the members’ border services run in yearly stages and coordinated by RATS. Russia held the first stage; the hosts of later stages are not in the sources read. Participants are the states whose border services met to review the first stage. The points mark the meetings that approved and reviewed the first stage, not patrol areas. It followed the “Unity 2018” border operation. Personnel: not reported.',
  },
  {
    id: 'xiamen-2019',
    name: 'Xiamen-2019',
    kind: 'cyber',
    start: '2019-12-12',
    locations: [{ name: 'Xiamen', role: 'venue', country: 'CHN', coord: townPoint(PLACES.xiamen) }],
    hosts: ['CHN'],
    participants: ['CHN'],
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
    claims: [
      {
        field: 'participants',
        value: 'competent authorities of eight SCO member states (not named one by one)',
        source: quoted('globaltimes-2019-online-exercise', 'competent authorities of eight SCO member states simulated a complete crackdown against online terrorist propaganda'),
      },
    ],
    note: 'The third SCO online counter-terrorism exercise, after Xiamen 2015 and 2017; each member state worked from its own simulated “combat zone”. The report counts eight member states but names only the host, so only China is listed. Personnel: not reported.',
  },
] satisfies Exercise[];

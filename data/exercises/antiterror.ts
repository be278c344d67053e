/**
 * Joint anti-terrorist exercises of the members' competent authorities (security services,
 * police, border guards), 2006–2014: the exercises hosted in turn by the members and run with
 * the Regional Anti-Terrorist Structure. Later ones are in `antiterrorSince2015.ts`; the rules
 * every exercise file keeps are in `index.ts`.
 */
import { PLACES, seatPoint, townPoint } from '../gazetteer';
import type { Exercise } from '../schema';
import { quoted } from '../sourceRefs';

export const antiterrorExercises = [
  {
    id: 'tianshan-i-2006',
    name: 'Tianshan-I (2006) (China–Kazakhstan)',
    kind: 'lawEnforcement',
    start: '2006-08-24',
    end: '2006-08-26',
    locations: [
      {
        name: 'Almaty region',
        role: 'first phase (24 August); the sources name the region only',
        country: 'KAZ',
        coord: seatPoint(PLACES.taldykorgan, 'region', 'Almaty region'),
      },
      {
        name: 'Yining, Xinjiang',
        role: 'second phase (26 August)',
        country: 'CHN',
        coord: townPoint(PLACES.yining),
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
      quoted(
        'rferl-2006-tianshan-1',
        'The "Tian-Shan-1-2006" exercises got under way in Kazakhstan\'s eastern Almaty region today and should move across the border to Yining, a city in China\'s western Xinjiang Uyghur Autonomous Region.',
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
    note: 'The first joint exercise of the two countries’ law-enforcement bodies and special forces under the SCO. Personnel: not reported as a whole-exercise total (RFE/RL: officials refused to release troop figures); the 700 police are the Chinese force in the Yining phase only. About 100 observers from SCO member states watched the Yining phase; the reports do not say from which states. The Almaty-region point is the seat of that region (Taldykorgan), not the site.',
  },
  {
    id: 'volgograd-antiterror-2008',
    name: 'Volgograd-Antiterror-2008',
    kind: 'lawEnforcement',
    start: '2008-08-18',
    end: '2008-09-04',
    locations: [
      {
        name: 'Volgograd',
        role: 'final day (4 September): joint action at a fuel and energy site in Volgograd',
        country: 'RUS',
        coord: townPoint(PLACES.volgograd),
      },
    ],
    hosts: ['RUS'],
    participants: ['KAZ', 'RUS', 'TJK', 'UZB'],
    observers: [],
    troops: [],
    sources: [
      quoted(
        'nac-2008-volgograd-antiterror',
        'С 18 августа по 4 сентября 2008 года на территории государств-членов Шанхайской организации сотрудничества при координирующей роли Национального антитеррористического комитета проведено совместное оперативно-стратегическое командно-штабное учение «Волгоград-Антитеррор-2008».',
      ),
      quoted(
        'nac-2008-volgograd-antiterror',
        'В учении приняли участие руководители органов безопасности и специальных служб государств-членов ШОС, сотрудники антитеррористических подразделений Республики Таджикистан, Республики Узбекистан, Республики Казахстан и Российской Федерации',
      ),
      quoted(
        'ria-2008-volgograd-antiterror',
        'Руководители и сотрудники органов безопасности и спецслужб государств-членов ШОС 4 сентября отработают совместные действия по противодействию терроризму на объекте топливно-энергетического комплекса в Волгограде.',
      ),
    ],
    confidence: 'sourced',
    note: 'An operational-strategic command-staff exercise coordinated by Russia’s National Anti-Terrorism Committee under the SCO cooperation programme for 2007–2009, held on the territory of SCO member states and ending in Volgograd. Participants are the four states whose anti-terrorist units the NAC names; the heads of the members’ security services also took part. Personnel: not reported.',
  },
  {
    id: 'norak-antiterror-2009',
    name: 'Norak-Antiterror-2009',
    kind: 'lawEnforcement',
    start: '2009-04',
    locations: [
      {
        name: 'Dushanbe',
        role: 'leadership assembly of the exercise (17 April 2009); the field site is not named in the source read',
        country: 'TJK',
        coord: townPoint(PLACES.dushanbe),
      },
    ],
    hosts: ['TJK'],
    participants: ['TJK'],
    observers: [],
    troops: [],
    sources: [
      quoted(
        'khovar-2009-norak-antiterror',
        'В Душанбе в рамках совместного командно-штабного антитеррористического учения «Норак-Антитеррор-2009» накануне, 17 апреля, состоялся сбор руководящего состава органов безопасности и специальных служб государств-членов Шанхайской Организации Сотрудничества (ШОС).',
      ),
      quoted(
        'khovar-2009-norak-antiterror',
        'С приветственным словом от имени Президента Республики Таджикистан выступил Секретарь Совета безопасности РТ Амиркул Азимов.',
      ),
      quoted(
        'khovar-2009-norak-antiterror',
        'В работе сбора принимали участие делегации компетентных органов государств-членов ШОС, а также Исполкома Региональной антитеррористической структуры ШОС',
      ),
    ],
    confidence: 'sourced',
    note: 'A joint command-staff exercise of the members’ competent authorities hosted by Tajikistan. The source names no other state, so only the host is listed; delegations of the members’ competent authorities, RATS, the CSTO and the CIS Anti-Terrorism Centre attended the Dushanbe assembly. The exercise’s days and field site were not found; the point marks the assembly in Dushanbe. Personnel: not reported.',
  },
  {
    id: 'saratov-antiterror-2010',
    name: 'Saratov-Antiterror-2010',
    kind: 'lawEnforcement',
    start: '2010-08-16',
    end: '2010-08-28',
    locations: [
      {
        name: 'Saratov',
        role: 'second stage (25–28 August): counter-terrorist operation at a crowded site in Saratov',
        country: 'RUS',
        coord: townPoint(PLACES.saratov),
      },
    ],
    hosts: ['RUS'],
    participants: ['CHN', 'KAZ', 'KGZ', 'RUS', 'UZB'],
    observers: ['IND', 'MNG', 'PAK'],
    troops: [],
    sources: [
      quoted(
        'sarbc-2010-saratov-antiterror-plan',
        'Руководство Национального антитеррористического комитета приняло решение провести в Саратовской области международное оперативно-стратегическое учение государств-членов Шанхайской организации сотрудничества (ШОС).',
      ),
      quoted(
        'sarbc-2010-saratov-antiterror-plan',
        'на втором - с 25 по 28 августа - провести контртеррористическую операцию на одном из объектов массового пребывания людей в Саратове.',
      ),
      quoted(
        'ria-2010-saratov-antiterror',
        'During the first stage of the drills, Russian, Kyrgyz and Kazakh law enforcement agencies and special services practiced coordinated operational and investigative activities against a hypothetical terrorist group.',
      ),
      quoted(
        'bigness-2010-saratov-antiterror',
        'В учении принимают участие руководители органов безопасности и спецслужб пяти государств ШОС (Казахстан, Узбекистан, Китай, Киргизия и Россия) и трех государств-наблюдателей в ШОС (Индия, Монголия, Пакистан)',
      ),
    ],
    confidence: 'conflicting',
    claims: [
      {
        field: 'dates',
        value: '16–23 and 25–28 August 2010',
        source: quoted(
          'ria-2010-saratov-antiterror',
          'The first stage was held on August 16-23, and the second begins on Wednesday and will last until August 28.',
        ),
      },
      {
        field: 'dates',
        value: '16–26 August 2010',
        source: quoted(
          'bigness-2010-saratov-antiterror',
          'Оперативно-стратегическое учение «Саратов-антитеррор-2010», проходящее с 16 по 26 августа на территории государств Шанхайской организации сотрудничества (ШОС)',
        ),
      },
    ],
    note: 'An operational-strategic exercise of the members’ national anti-terrorist centres, special services and law-enforcement bodies, decided by Russia’s NAC. Participants are the five members whose security chiefs took part; the first stage’s field work was Russian, Kyrgyz and Kazakh. The security chiefs of three SCO observer states (India, Mongolia, Pakistan) also attended and are listed as observers. Personnel: not reported.',
  },
  {
    id: 'tianshan-ii-2011',
    name: 'Tianshan-II (2011)',
    kind: 'lawEnforcement',
    start: '2011-05-05',
    end: '2011-05-08',
    locations: [
      {
        name: 'Kashgar (Kashi), Xinjiang',
        role: 'live drill (6 May 2011)',
        country: 'CHN',
        coord: townPoint(PLACES.kashgar),
      },
    ],
    hosts: ['CHN'],
    participants: ['CHN', 'KGZ', 'TJK'],
    observers: [],
    troops: [],
    sources: [
      quoted(
        'mod-cn-2018-sco-exercises-review',
        '在中国成功举行了“天山-2号(2011)”上海合作组织成员国执法安全机关联合反恐演习',
      ),
      quoted('mod-cn-2018-sco-exercises-review', '5月6日反恐演习实兵演练在新疆维吾尔自治区喀什市举行。'),
      quoted(
        'xinhua-2011-tianshan-ii',
        "China, Kyrgyzstan and Tajikistan, all member states of the Shanghai Cooperation Organization (SCO), Friday conducted a joint anti-terror drill in Kashi of northwest China's Xinjiang Uygur Autonomous Region.",
      ),
      quoted(
        'xinhua-2011-tianshan-ii',
        'Code-named "Tianshan-II (2011)," the exercise involved law enforcers and security personnel from the three countries, the statement said.',
      ),
    ],
    confidence: 'sourced',
    note: 'An exercise of the three members’ law-enforcement and security bodies, held 5–8 May under the SCO cooperation programme for 2010–2012 (Chinese defence ministry); the live drill was in Kashgar on 6 May. Personnel: not reported.',
  },
  {
    id: 'vostok-antiterror-2012',
    name: 'Vostok-Antiterror-2012',
    kind: 'lawEnforcement',
    start: '2012-06-04',
    end: '2012-06-06',
    locations: [
      {
        name: 'Jizzakh region',
        role: 'exercise area; the source names the region only',
        country: 'UZB',
        coord: seatPoint(PLACES.jizzakh, 'region', 'Jizzakh region'),
      },
    ],
    hosts: ['UZB'],
    participants: ['KAZ', 'KGZ', 'UZB'],
    observers: [],
    troops: [],
    sources: [
      quoted(
        'ria-2012-vostok-antiterror',
        'The Shanghai Cooperation Organization’s member states have held anti-terror exercises entitled Vostok Antiterror 2012 in Uzbekistan, a source in the republic’s Defense Ministry said.',
      ),
      quoted(
        'ria-2012-vostok-antiterror',
        'Special units from Kazakhstan and Kyrgyzstan also took part in the drills, which were held on June 4-6 in Uzbekistan’s central Dzhizak Region, the source said.',
      ),
    ],
    confidence: 'sourced',
    note: 'Known from one RIA Novosti report, read in a copy on Windows to Russia; the original was not found. Participants are the host and the two states whose special units the report names. Personnel: not reported.',
  },
  {
    id: 'kazygurt-antiterror-2013',
    name: 'Kazygurt-Antiterror-2013',
    kind: 'lawEnforcement',
    start: '2013-06-13',
    locations: [
      {
        name: 'Shymkent',
        role: 'exercise venue',
        country: 'KAZ',
        coord: townPoint(PLACES.shymkent),
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
      quoted(
        'eurasianet-2013-kazakhstan-exercise',
        'The scenario of the exercise, which was held in Shymkent, was a pretty typical one, reports China Radio International:',
      ),
    ],
    confidence: 'sourced',
    claims: [
      {
        field: 'participants',
        value: 'Kazakhstan, Kyrgyzstan and Tajikistan took part; China, Russia and Uzbekistan observed (Eurasianet’s reading, hedged)',
        source: quoted(
          'eurasianet-2013-kazakhstan-exercise',
          'It appeared that only Kazakhstan, Kyrgyzstan and Tajikistan took part in the exercise, with other member states (China, Russia, Uzbekistan) observing.',
        ),
      },
    ],
    note: 'Held under a RATS Council decision of 14 September 2012. Only the host is listed as a participant: the announcement speaks of the SCO members’ special anti-terrorist units without naming states, and Eurasianet’s list is hedged (“it appeared”), so it is kept as a claim. Eurasianet’s post is undated in the copy read; it is tied to this exercise by its place and scenario. Personnel: not reported.',
  },
  {
    id: 'east-antiterror-2014',
    name: 'East-Antiterror-2014',
    kind: 'lawEnforcement',
    start: '2014-03',
    end: '2014-04',
    locations: [
      {
        name: 'Site not named',
        role: 'no place is named in the source: the point is Uzbekistan’s capital, where the RATS Executive Committee that reported the exercise sits, not the exercise site',
        country: 'UZB',
        coord: seatPoint(PLACES.tashkent, 'region', 'Uzbekistan'),
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
      quoted('trend-2014-east-antiterror', "in accordance with the SCO RATS Council's decision dated March, 20, 2014"),
      quoted(
        'trend-2014-east-antiterror',
        'The delegations from Kazakhstan, China, Russia, Tajikistan, and the RATS Executive Committee were invited as observers.',
      ),
    ],
    confidence: 'sourced',
    note: 'A command-staff exercise of the two countries’ competent authorities. The source gives no days: it was held after the RATS decision of 20 March 2014 and reported on 3 April, hence the March–April span. Personnel: not reported.',
  },
] satisfies Exercise[];

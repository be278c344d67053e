/**
 * Military exercises held by SCO members under the SCO framework outside the Peace Mission
 * series: the first bilateral anti-terror manoeuvre (2002) and the first multilateral one (2003).
 * The Peace Mission series is in `peaceMission.ts` (2005–2012) and `peaceMissionSince2013.ts`;
 * `militaryExercises` below joins them, so `index.ts` needs no change.
 * The rules every exercise file keeps are in `index.ts`.
 */
import { PLACES, seatPoint } from '../gazetteer';
import type { Exercise } from '../schema';
import { fromSeed, located, quoted } from '../sourceRefs';
import { peaceMissionExercises } from './peaceMission';
import { laterPeaceMissionExercises } from './peaceMissionSince2013';

const SEED_2002 =
  'The first bilateral military exercise within the SCO framework was held in October 2002 by China and Kyrgyzstan.';
const SEED_2003 =
  'In August 2003, a joint anti-terrorism military training code-named Coalition-2003 was held by China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan with a total of more than 1,000 participants.';

const YALE_2002_PLACE =
  "The manoeuvres are taking place over two days near the Irkeshtam crossing on the Kyrgyz-Chinese border and involve some 300 troops from China's Xinjiang military district and Kyrgyzstan's defense ministry and border forces";

const frameworkExercises = [
  {
    id: 'exercise-01-2002',
    name: 'Exercise-01 (China–Kyrgyzstan)',
    kind: 'military',
    start: '2002-10-10',
    end: '2002-10-11',
    locations: [
      {
        name: 'Irkeshtam crossing on the border with China, Pamir-Alay range',
        role: 'exercise area, placed at the seat of Osh Region, in whose Alay district the Irkeshtam checkpoint lies (the crossing is not in GeoNames; the exercise was staged partly in Xinjiang)',
        country: 'KGZ',
        coord: seatPoint(PLACES.osh, 'region', 'Osh Region'),
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
        source: quoted('yaleglobal-2002-china-kyrgyzstan-exercises', YALE_2002_PLACE),
      },
    ],
    sources: [
      quoted('hrichina-sco-exercises-chart', 'October 10-11, 2002'),
      quoted('hrichina-sco-exercises-chart', 'China-Kyrgyzstan border, in the Pamir-Alay mountain range'),
      quoted('hrichina-sco-exercises-chart', '(Kazakhstan, Russia, Tajikistan, and Uzbekistan observed)'),
      quoted('hrichina-sco-exercises-chart', 'Staged in part in Xinjiang Uyghur Autonomous Region (XUAR).'),
      quoted('yaleglobal-2002-china-kyrgyzstan-exercises', YALE_2002_PLACE),
      quoted(
        'yaleglobal-2002-china-kyrgyzstan-exercises',
        'Members of the SCO, which also includes Russia, Kazakhstan, Uzbekistan and Tajikistan, are participating as observers of the exercises.',
      ),
      quoted(
        'ritmeurasia-2023-irkeshtam-checkpoint',
        'В ходе рабочей поездки в Ошскую область президент Кыргызской Республики Садыр Жапаров ознакомился с автомобильным пунктом пропуска «Иркештам» Юго-Западной таможни КР в Алайском районе.',
      ),
      fromSeed(SEED_2002),
    ],
    confidence: 'sourced',
    claims: [
      {
        field: 'troops',
        value: 'hundreds of troops from both sides',
        source: quoted('hrichina-sco-exercises-chart', 'Hundreds of troops from both sides'),
      },
    ],
    note: 'The first bilateral anti-terror exercise between SCO members and, per Human Rights in China, China’s first joint manoeuvre with a foreign army. Its name is given as “Exercise-01” in the HRIC chart. The Irkeshtam crossing is not in the gazetteer, so the point is the seat of Osh Region, on the Kyrgyz side where the Kyrgyz defence minister said the exercise began.',
  },
  {
    id: 'coalition-2003',
    name: 'Coalition-2003',
    kind: 'military',
    start: '2003-08-06',
    end: '2003-08-12',
    locations: [
      {
        name: 'Ucharal (Usharal)',
        role: 'exercise area on the Kazakh side; placed at the seat of Almaty Region, where Usharal lies (Usharal is not in GeoNames cities500)',
        country: 'KAZ',
        coord: seatPoint(PLACES.taldykorgan, 'region', 'Almaty Region'),
      },
      {
        name: 'Yili (Ili) area, Xinjiang',
        role: 'exercise area on the Chinese side',
        country: 'CHN',
        coord: seatPoint(PLACES.yining, 'district', 'Ili Kazakh Autonomous Prefecture'),
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
      { value: 1000, qualifier: 'moreThan', text: 'more than 1,000 participants', source: fromSeed(SEED_2003) },
    ],
    sources: [
      quoted('hrichina-sco-exercises-chart', 'August 6-12, 2003'),
      located('hrichina-sco-exercises-chart', 'Coalition 2003 row, location column: China-Kazakhstan border, in Yili and XUAR, China; Ucharal, Kazakhstan'),
      located('hrichina-sco-exercises-chart', 'Coalition 2003 row, participants column: China, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan'),
      quoted(
        'inform-kz-2016-usharal-airport',
        'Plans to build an airport in the town of Usharal, at a cost of KZT 1 billion, have been unveiled by authorities of Almaty region today.',
      ),
      fromSeed(SEED_2003),
    ],
    confidence: 'sourced',
    claims: [
      {
        field: 'troops (Chinese contingent)',
        value: '700',
        source: quoted('hrichina-sco-exercises-chart', '1,300 troops (700 from China, as well as Kyrgyz paratroopers)'),
      },
    ],
    note: 'The first multilateral cross-border anti-terror exercise of the SCO, held on both sides of the Kazakhstan–China border; Uzbekistan is not among the participants. Also rendered “Cooperation-2003”. The troop figures agree: 1,300 is more than the article’s 1,000.',
  },
] satisfies Exercise[];

/** Every military exercise: the two above and the Peace Mission series. */
export const militaryExercises: readonly Exercise[] = [
  ...frameworkExercises,
  ...peaceMissionExercises,
  ...laterPeaceMissionExercises,
];

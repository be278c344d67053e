/**
 * Iran–Pakistan strikes (Iran a member from 4 July 2023). The Pakistani strikes hit "a border
 * village near Saravan"; neither the village nor Saravan is in GeoNames cities500, so that point
 * is the seat of Sistan and Baluchestan province, and its basis says so.
 */
import { PLACES, seatPoint, townPoint } from '../gazetteer';
import type { Incident } from '../schema';
import { located, quoted } from '../sourceRefs';
import { statement } from './statement';

const AMU = 'amutv-2024-01-18-nine-killed';

export const iranPakistanIncidents: Incident[] = [
  {
    id: 'iran-pakistan-strikes-2024-01',
    name: 'Iran–Pakistan cross-border strikes',
    start: '2024-01-16',
    end: '2024-01-18',
    place:
      'Panjgur district, Balochistan (Pakistan), struck by Iran on 16 January; a border village near Saravan, Sistan and Baluchestan (Iran), struck by Pakistan on 18 January',
    parties: ['IRN', 'PAK'],
    locations: [
      { name: 'Panjgur', role: 'Iranian missile and drone strike (16 January)', country: 'PAK', coord: townPoint(PLACES.panjgur) },
      {
        name: 'Border village near Saravan, Sistan and Baluchestan',
        role: 'Pakistani strikes (18 January); neither the village nor Saravan is in GeoNames',
        country: 'IRN',
        coord: seatPoint(PLACES.zahedan, 'region', 'Sistan and Baluchestan province'),
      },
    ],
    casualties: [
      statement({
        side: 'PAK',
        people: 'civilians',
        statedBy: 'Pakistani officials',
        asOf: '2024-01-17',
        killed: [2, 'exact', 'two children were killed'],
        injured: [3, 'exact', 'three women injured'],
        text: 'Iranian strike in Pakistan: two children killed and three women injured.',
        source: quoted(
          'cbc-2024-01-17-iran-strike',
          'Officials in Pakistan say two children were killed and three women injured in a missile strike from neighbouring Iran on Tuesday.',
        ),
      }),
      statement({
        people: 'civilians',
        statedBy: 'Alireza Marhamati, deputy governor of Sistan and Baluchestan (Iranian state television)',
        asOf: '2024-01-18',
        killed: [7, 'atLeast', 'at least three women and four children were killed'],
        text: 'Pakistani strikes in Iran, first report: three women and four children killed, all foreign nationals.',
        source: quoted(AMU, 'It was initially reported that at least three women and four children were killed.'),
      }),
      statement({
        people: 'all',
        statedBy: 'Alireza Marhamati, deputy governor of Sistan and Baluchestan (IRNA)',
        asOf: '2024-01-18',
        killed: [9, 'exact', 'bringing the death toll to nine'],
        text: 'Pakistani strikes in Iran: nine killed once two men were added; Iran’s interior minister said all were foreign nationals.',
        source: quoted(
          AMU,
          '“Two men were also killed in the missile attack this morning in one of the border villages of Saravan, bringing the death toll to nine,”',
        ),
      }),
      statement({
        side: 'PAK',
        people: 'all',
        statedBy: 'Alireza Marhamati, deputy governor of Sistan and Baluchestan (IRNA, via Xinhua)',
        asOf: '2024-01-18',
        killed: [10, 'exact', '10 Pakistanis were killed'],
        text: 'Pakistani strikes in Iran: ten Pakistani nationals killed.',
        source: quoted(
          'shine-2024-01-18-ten-pakistanis',
          'An Iranian provincial official said on Thursday 10 Pakistanis were killed in strikes by Pakistan\'s army on Iran\'s southeastern province of Sistan and Baluchestan, according to Iran\'s official news agency IRNA.',
        ),
      }),
    ],
    sources: [
      quoted(
        'cbc-2024-01-17-iran-strike',
        'Iran\'s foreign minister said the "missile and drone" strikes hit militants in Pakistan in a district near its border with Iran.',
      ),
      quoted(
        'shine-2024-01-18-ten-pakistanis',
        'The Pakistani Ministry of Foreign Affairs confirmed the attack in a statement on Thursday, saying the country "undertook a series of highly coordinated and specifically targeted precision military strikes against terrorist hideouts in Sistan and Baluchestan province of Iran."',
      ),
      located('thenational-2024-pakistan-iran-attacks', 'report on the strikes of 16 and 18 January 2024'),
    ],
    confidence: 'conflicting',
    claims: [
      { field: 'dead in the Pakistani strikes', value: '7 (first report)', source: quoted(AMU, 'at least three women and four children were killed') },
      { field: 'dead in the Pakistani strikes', value: '9', source: quoted(AMU, 'bringing the death toll to nine') },
      { field: 'dead in the Pakistani strikes', value: '10', source: quoted('shine-2024-01-18-ten-pakistanis', '10 Pakistanis were killed') },
    ],
    note: 'Both states were SCO members at the time (Iran since July 2023). Iran said its strike hit Jaish al-Adl; Pakistan said its strikes hit militants of Pakistani origin. The end date is the day of the last strike; the two governments announced de-escalation a few days later.',
  },
];

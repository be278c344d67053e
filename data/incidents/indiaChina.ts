/**
 * India–China clashes on the Line of Actual Control (both members from 9 June 2017). The 2017
 * Doklam stand-off had no fire, deaths or reported injuries and is left out.
 */
import { PLACES, seatPoint, sitePoint } from '../gazetteer';
import type { Incident, Location } from '../schema';
import { located, quoted } from '../sourceRefs';
import { statement } from './statement';

const GALWAN_RIVER_REV = 'wikipedia-galwan-river-rev-671644357';

/** Naku La, the pass in North Sikkim where the 2020 and 2021 face-offs took place. */
const NAKU_LA: Location = {
  name: 'Naku La, North Sikkim',
  role: 'the pass is not in GeoNames; shown at the seat of North Sikkim district',
  country: 'IND',
  coord: seatPoint(PLACES.mangan, 'district', 'North Sikkim district'),
};

export const indiaChinaIncidents: Incident[] = [
  {
    id: 'pangong-tso-clash-2020-05',
    name: 'Pangong Tso clash (India–China, eastern Ladakh)',
    start: '2020-05-05',
    end: '2020-05-06',
    place: 'Near Pangong Tso, eastern Ladakh, on the Line of Actual Control',
    parties: ['IND', 'CHN'],
    locations: [
      {
        name: 'Pangong Tso, Ladakh',
        role: 'where the troops fought (the site by the lake is not in GeoNames)',
        country: 'IND',
        coord: seatPoint(PLACES.leh, 'region', 'Ladakh'),
      },
    ],
    casualties: [
      statement({
        side: 'IND',
        people: 'soldiers',
        statedBy: 'Indian Army sources (The Indian Express)',
        asOf: '2020-05-11',
        text: 'Several Indian soldiers seriously injured by Chinese troops carrying nail-studded batons, some of them hospitalised (no figure given).',
        source: quoted(
          'indianexpress-2020-05-11-sikkim-ladakh',
          'They were carrying batons studded with nails and this caused serious injuries to several Indian soldiers, some of whom had to be hospitalised.',
        ),
      }),
    ],
    sources: [
      quoted(
        'indianexpress-2020-05-11-sikkim-ladakh',
        'On the Ladakh incident, Army sources told The Indian Express that there was physical altercation between the Indian and Chinese troops on the intervening night of May 5-6 near the Pangong Tso.',
      ),
      quoted(
        'indianexpress-2020-05-11-sikkim-ladakh',
        'A Colonel and a Major, sources said, were among the Indian personnel injured in the Ladakh clash.',
      ),
      quoted(
        'indianexpress-2020-05-11-sikkim-ladakh',
        'Rekindling tensions over boundary claims, Indian and Chinese troops have clashed at two points along the Line of Actual Control this week, leaving personnel injured on both sides.',
      ),
    ],
    confidence: 'sourced',
    note: 'A physical altercation on the night of 5–6 May 2020 (Army sources); a colonel and a major were among the Indian injured. The Indian Express reports personnel injured on both sides across this clash and the Naku La face-off of 9 May; no Chinese figure is reported, and no official Chinese statement on the clash was read. The sources cited place it near Pangong Tso without naming the bank.',
  },
  {
    id: 'naku-la-face-off-2020-05',
    name: 'Naku La face-off (India–China, north Sikkim)',
    start: '2020-05-09',
    place: 'Naku La pass, North Sikkim, on the Line of Actual Control',
    parties: ['IND', 'CHN'],
    locations: [
      NAKU_LA,
    ],
    casualties: [
      statement({
        people: 'soldiers',
        statedBy: 'Indian Army sources',
        asOf: '2020-05-10',
        text: 'Minor injuries to soldiers on both sides (no figure given).',
        source: quoted(
          'thehindu-2020-05-10-naku-la',
          'Incident of face-off took place between the troops and, as a result of aggressive behaviour, minor injuries took place on both the sides.',
        ),
      }),
    ],
    sources: [
      quoted(
        'thehindu-2020-05-10-naku-la',
        'Troops of India and China were involved in a face-off at Naku La in North Sikkim which resulted in injuries to several soldiers on both sides, Army sources said. The incident occurred on Saturday.',
      ),
      quoted('indianexpress-2020-05-11-sikkim-ladakh', 'Aggressive behaviour by the two sides resulted in minor injuries to troops.'),
      quoted(
        'thehindu-2021-01-25-naku-la',
        'There was a clash at Naku La on the night of May 9 last, which also saw injuries on both sides.',
      ),
    ],
    confidence: 'sourced',
    note: 'A face-off at the Naku La pass, over 5,000 metres high, on Saturday 9 May 2020; the troops disengaged after dialogue and interaction at local level (Army sources). Injury figures given by unnamed officers are not recorded.',
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
        role: 'the valley’s mouth; the clash site at Patrolling Point 14 lies upstream',
        country: 'IND',
        coord: sitePoint({
          lat: 34.75917,
          lon: 78.17028,
          basis:
            'the confluence of the Galwan River with the Shyok, as the cited Wikipedia revision gives it; the clash site at Patrolling Point 14 lies upstream and its coordinates are not known',
          source: located(GALWAN_RIVER_REV, 'coordinates of the confluence with the Shyok (34.75917 N, 78.17028 E)'),
          near: PLACES.leh,
          withinKm: 90,
        }),
      },
    ],
    casualties: [
      statement({
        side: 'IND',
        people: 'soldiers',
        statedBy: 'Indian Army',
        asOf: '2020-06',
        killed: [20, 'exact', '20 Indian soldiers killed, including a colonel'],
        text: 'Twenty Indian soldiers killed, a colonel among them.',
        source: located('hindustantimes-2020-galwan', 'Indian Army statement on the dead'),
      }),
      statement({
        side: 'CHN',
        people: 'soldiers',
        statedBy: 'Chinese Ministry of National Defence',
        asOf: '2021-02-19',
        killed: [4, 'exact', 'named four soldiers killed'],
        text: 'Eight months later, China’s defence ministry named four Chinese soldiers killed: its first confirmation of deaths.',
        source: quoted(
          'thenews-2021-china-confirms-four',
          'China´s defence ministry on Friday named four soldiers killed in a brawl with Indian forces last year, the first confirmation of deaths by Beijing from the border clash that also killed at least 20 Indian soldiers.',
        ),
      }),
    ],
    sources: [
      located('hindustantimes-2020-galwan', 'report of the clash and the Indian toll'),
      quoted(
        'thenews-2021-china-confirms-four',
        'The Chinese soldiers "sacrificed themselves" during the June confrontation in the contested Galwan Valley border area with Indian troops, the ministry said.',
      ),
    ],
    confidence: 'sourced',
    note: 'Fought on the evening and night of 15 June 2020 by Indian accounts, without firearms. The first deadly clash between India and China since 1975 (Hindustan Times). Unofficial Indian media figures for Chinese casualties are not recorded.',
  },
  {
    id: 'pangong-south-bank-warning-shots-2020',
    name: 'Warning shots on the south bank of Pangong Lake (India–China, eastern Ladakh)',
    start: '2020-08-29',
    place: 'South bank of Pangong Lake (Shenpao mountain area), eastern Ladakh, on the Line of Actual Control',
    parties: ['IND', 'CHN'],
    locations: [
      {
        name: 'South bank of Pangong Lake, Ladakh',
        role: 'where shots were fired (the heights are not in GeoNames)',
        country: 'IND',
        coord: seatPoint(PLACES.leh, 'region', 'Ladakh'),
      },
    ],
    casualties: [],
    sources: [
      quoted(
        'indiatoday-2020-09-16-warning-shots',
        'A brief firing exchange also took place on August 29 and 31 on the Pangong south bank during Indian Army’s preemptive mobilisation.',
      ),
      quoted(
        'indiatoday-2020-09-16-warning-shots',
        'On September 8, Chinese PLA tried to close in on Indian forward positions and were duly cautioned against any instigating actions. Warning shots were fired by both Indian and Chinese sides.',
      ),
      quoted(
        'indiatoday-2020-09-08-pangong-shots',
        'Government sources have said warning shots were fired by the Indian troops after Chinese soldiers opened fire at the Indian positions near Pangong Tso in Ladakh.',
      ),
    ],
    confidence: 'conflicting',
    claims: [
      {
        field: 'who fired first (7 September)',
        value: 'Chinese soldiers (Indian government sources)',
        source: quoted('indiatoday-2020-09-08-pangong-shots', 'after Chinese soldiers opened fire at the Indian positions'),
      },
      {
        field: 'who fired first (7 September)',
        value: 'Indian troops (PLA Western Theater Command)',
        source: quoted('indiatoday-2020-09-08-pangong-shots', 'the Chinese PLA has issued a statement blaming India for opening fire on the Chinese soldiers'),
      },
    ],
    note: 'Shots were reported on 29 and 31 August and on 7–8 September 2020,; no one was reported killed or injured, and no end of the stand-off was announced in the sources read.',
  },
  {
    id: 'naku-la-clash-2021-01',
    name: 'Naku La clash (India–China, north Sikkim)',
    start: '2021-01-20',
    place: 'Naku La area, North Sikkim, on the Line of Actual Control',
    parties: ['IND', 'CHN'],
    locations: [
      NAKU_LA,
    ],
    casualties: [
      statement({
        people: 'soldiers',
        statedBy: 'an Indian defence source (The Hindu)',
        asOf: '2021-01-25',
        text: 'Some minor injuries on both sides (no figure given).',
        source: quoted(
          'thehindu-2021-01-25-naku-la',
          'There were some minor injuries on both sides but the situation was resolved and under control, the source added.',
        ),
      }),
      statement({
        people: 'soldiers',
        statedBy: 'Indian officials (Hindustan Times)',
        asOf: '2021-01-25',
        text: 'Soldiers of both armies injured in the brawl (no figure given).',
        source: quoted(
          'hindustantimes-2021-01-26-naku-la',
          'Indian and Chinese soldiers were involved in a brawl in north Sikkim last week, with soldiers from both armies suffering injuries',
        ),
      }),
    ],
    sources: [
      quoted(
        'thehindu-2021-01-25-naku-la',
        'It is clarified that there was a minor face-off at Naku La area of North Sikkim on January 20, 2021 and the same was resolved by local commanders as per established protocols',
      ),
      quoted(
        'hindustantimes-2021-01-26-naku-la',
        'The latest incident took place at Naku La area, which is at a height of over 5,000 metres, on January 20, when Chinese soldiers attempted to intrude into the Indian territory, the officials cited above said, requesting anonymity.',
      ),
      quoted(
        'thehindu-2021-01-25-naku-la',
        'China’s Foreign Ministry spokesperson Zhao Lijian said at a daily briefing in Beijing that he had “no information to offer” on the incident',
      ),
    ],
    confidence: 'sourced',
    note: 'The Indian Army called it a “minor face-off”, resolved by local commanders. China’s foreign ministry offered no information on it. Injury figures circulated by unofficial sources are not recorded.',
  },
  {
    id: 'yangtse-clash-2022',
    name: 'Yangtse clash (India–China, Tawang sector)',
    start: '2022-12-09',
    place: 'Yangtse, Tawang sector, Arunachal Pradesh, on the Line of Actual Control',
    parties: ['IND', 'CHN'],
    locations: [
      {
        name: 'Yangtse, Tawang sector',
        role: 'Yangtse is not in GeoNames; shown at the seat of Tawang district',
        country: 'IND',
        coord: seatPoint(PLACES.tawang, 'district', 'Tawang district'),
      },
    ],
    casualties: [
      statement({
        people: 'soldiers',
        statedBy: 'Indian Army',
        asOf: '2022-12-12',
        text: 'Minor injuries to a few personnel from both sides (no figure given).',
        source: located('scroll-2022-yangtse', 'early report of injuries'),
      }),
      statement({
        side: 'IND',
        people: 'soldiers',
        statedBy: 'Indian Defence Minister Rajnath Singh (Lok Sabha)',
        asOf: '2022-12-13',
        killed: [0, 'exact', 'there are no fatalities or serious casualties on our side'],
        text: 'No Indian soldier killed or seriously injured; a few soldiers on both sides injured.',
        source: quoted(
          'moneycontrol-2022-12-13-rajnath-yangtse',
          'the scuffle led to injuries to a few personnel on both sides. I wish to share with this House that there are no fatalities or serious casualties on our side',
        ),
      }),
    ],
    sources: [
      quoted(
        'moneycontrol-2022-12-13-rajnath-yangtse',
        'On 09 December 2022, PLA troops tried to transgress the LAC in Yangtse area of Tawang Sector and unilaterally change the status quo.',
      ),
    ],
    confidence: 'sourced',
    note: 'A physical scuffle, without firearms. Injury figures circulated by unofficial sources are not recorded.',
  },
];

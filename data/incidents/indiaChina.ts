/**
 * India–China clashes on the Line of Actual Control (both members from 9 June 2017). The 2017
 * Doklam stand-off had no fire, deaths or reported injuries and is left out.
 */
import { PLACES, seatPoint, sitePoint } from '../gazetteer';
import type { Incident } from '../schema';
import { located, quoted } from '../sourceRefs';
import { statement } from './statement';

const GALWAN_RIVER_REV = 'wikipedia-galwan-river-rev-671644357';

export const indiaChinaIncidents: Incident[] = [
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

/**
 * Kyrgyzstan–Uzbekistan border clashes between the two states' forces (both founding members).
 * Shootings of smugglers or villagers by one side's border guards are not clashes between the
 * two states and are left out (see the inclusion rule in `index.ts`).
 */
import { PLACES, seatPoint } from '../gazetteer';
import type { Incident } from '../schema';
import { quoted } from '../sourceRefs';
import { statement } from './statement';

export const kyrgyzUzbekIncidents: Incident[] = [
  {
    id: 'aksy-border-guard-shootout-2013-07',
    name: 'Kyrgyz–Uzbek border guard shootout in Aksy district',
    start: '2013-07-23',
    place: 'Aksy district, Jalal-Abad region (Kyrgyzstan), on the Uzbek border',
    parties: ['KGZ', 'UZB'],
    locations: [
      {
        name: 'Aksy district',
        role: 'district the Kyrgyz border service names (the site is not given)',
        country: 'KGZ',
        coord: seatPoint(PLACES.kerben, 'district', 'Aksy district'),
      },
    ],
    casualties: [
      statement({
        side: 'UZB',
        people: 'security',
        statedBy: 'RFE/RL',
        asOf: '2013-07',
        killed: [1, 'exact', 'the fatal shooting of an Uzbek border guard'],
        text: 'One Uzbek border guard shot dead.',
        source: quoted(
          'rferl-2013-kyrgyz-uzbek-border-shooting',
          'Kyrgyzstan’s State Border Service has issued a statement denying reports it apologized for the fatal shooting of an Uzbek border guard.',
        ),
      }),
    ],
    sources: [
      quoted('rferl-2013-kyrgyz-uzbek-border-shooting', 'Each country accuses the other of provoking the incident.'),
      quoted(
        'rferl-2013-kyrgyz-uzbek-border-shooting',
        'Shoot-outs involving border guards from the two countries are not uncommon and occasionally there are fatalities.',
      ),
    ],
    confidence: 'sourced',
    note: 'The Aksy district and the date (23 July 2013) are from a Radio Free Europe report read only in a copy on another site, which also says an Uzbek border guard was injured; the injury is not recorded here. Each side said the shooting happened on its own territory.',
  },
];

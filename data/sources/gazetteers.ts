import type { Source } from '../schema';

/** The gazetteer that places capitals, towns and the seats of districts and regions. */
export const GEONAMES = 'geonames';

export const gazetteerSources = [
  {
    id: GEONAMES,
    title: 'GeoNames geographical database: populated places (cities500)',
    publisher: 'GeoNames',
    url: 'https://www.geonames.org/',
    kind: 'dataset',
    description:
      'Coordinates and ids of every populated place of 500 people or more and every seat of an administrative area (CC BY 4.0); each point cites its GeoNames id.',
  },
] satisfies Source[];

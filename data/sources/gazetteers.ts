import type { Source } from '../schema';

/** Gazetteers and coordinate tables that place capitals, towns and approximate points. */
export const GEONAMES = 'geonames-cities15000-2012';
export const CAPITALS_CSV = 'country-capitals-csv';
export const CENTROIDS = 'world-countries-centroids';

export const gazetteerSources = [
  {
    id: GEONAMES,
    title: 'GeoNames cities15000 (2012 snapshot)',
    publisher: 'GeoNames, as committed in the GitHub repository CliveEvans/lucene-spike',
    date: '2012',
    url: 'https://github.com/CliveEvans/lucene-spike/blob/327c7e90469509a8b59a8fe34eb20e9e7b5b5541/cities15000.txt',
    kind: 'dataset',
    description: 'Town-centre coordinates of every town of 15,000 people or more; used for exercise and incident towns.',
  },
  {
    id: CAPITALS_CSV,
    title: 'Country capitals with latitude and longitude (techslides format)',
    publisher: 'fidelcanojr/WorldCapitalsDistanceParser on GitHub',
    url: 'https://github.com/fidelcanojr/WorldCapitalsDistanceParser/blob/aadd190b63ce7694b11d03e91264eaeadfb50ad4/country-capitals.csv',
    kind: 'dataset',
    description: 'Capital names and coordinates for the states on the map.',
  },
  {
    id: CENTROIDS,
    title: 'World countries centroids v1',
    publisher: 'gavinr/world-countries-centroids on GitHub',
    url: 'https://github.com/gavinr/world-countries-centroids/blob/0c6e44d4c73f198c7f485f5daf0b8d13616d3e39/dist/countries.csv',
    kind: 'dataset',
    description:
      'Centroid of each country’s largest land mass; the basis of points we could only place approximately.',
  },
] satisfies Source[];

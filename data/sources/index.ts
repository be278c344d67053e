import type { Source } from '../schema';
import { eventSources } from './events';
import { gazetteerSources } from './gazetteers';
import { membershipSources } from './membership';
import { seedSources } from './seed';
import { statisticsSources } from './statistics';

export { SEED } from './seed';
export { GEONAMES } from './gazetteers';

/** The bibliography: every source any record cites. Ids are unique across all parts. */
export const sources: readonly Source[] = [
  ...seedSources,
  ...gazetteerSources,
  ...membershipSources,
  ...eventSources,
  ...statisticsSources,
];

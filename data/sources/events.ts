import type { Source } from '../schema';

/** Sources for joint exercises and border incidents. */
export const eventSources = [] satisfies Source[];

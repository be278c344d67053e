import type { Source } from '../schema';

/** Sources for states' status history and the milestones timeline. */
export const membershipSources = [] satisfies Source[];

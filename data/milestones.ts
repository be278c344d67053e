import type { Milestone } from './schema';

export const milestones = [] satisfies Milestone[];

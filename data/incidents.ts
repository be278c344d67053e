import type { Incident } from './schema';

export const incidents = [] satisfies Incident[];

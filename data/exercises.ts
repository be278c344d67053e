import type { Exercise } from './schema';

export const exercises = [] satisfies Exercise[];

import type { State } from './schema';

export const states = [] satisfies State[];

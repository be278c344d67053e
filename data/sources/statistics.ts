import type { Source } from '../schema';

/** Sources for the 2020 terrorism statistics and the RATS figures. */
export const statisticsSources = [] satisfies Source[];

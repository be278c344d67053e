import type { TerrorismStat } from './schema';

export const terrorismStats = [] satisfies TerrorismStat[];

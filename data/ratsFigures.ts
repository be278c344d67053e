import type { RatsFigure } from './schema';

export const ratsFigures = [] satisfies RatsFigure[];

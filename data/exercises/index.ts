/**
 * Joint exercises and operations held by SCO members under the SCO framework, 2002 on.
 *
 * Rules this file keeps:
 * - `troops` holds whole-exercise totals only, one entry per source. National contingents
 *   ("700 from China") are kept as claims, so a chart never mixes a part with a whole. Where a
 *   source gives a per-side figure for a two-country drill, the total is our sum of it and the
 *   entry's text keeps the source's words.
 * - Dates follow the researched facts; other sources' days are kept as `dates` claims.
 * - A location named after a town (Chebarkul, Balykchy, Orenburg…) sits on the GeoNames
 *   centre of that town; sites without coordinates are placed approximately (see eventPlaces).
 *
 * The records are split by who holds the exercise: `military.ts` (armed forces) and
 * `authorities.ts` (security services, police, border guards; cyber and staff exercises).
 */
import type { Exercise } from '../schema';
import { authorityExercises } from './authorities';
import { militaryExercises } from './military';

/** Every exercise, in order of start date. */
export const exercises: readonly Exercise[] = [...militaryExercises, ...authorityExercises].sort((a, b) =>
  a.start.localeCompare(b.start),
);

/**
 * Exercises of the members' competent authorities (security services, police, border guards)
 * under the SCO framework, run with the Regional Anti-Terrorist Structure: joint anti-terrorist
 * exercises, border operations, cyber and staff exercises. The records are split by kind and
 * period to keep each file readable:
 *
 * - `antiterror.ts`: joint anti-terrorist exercises, 2006–2014;
 * - `antiterrorSince2015.ts`: joint anti-terrorist and staff exercises, 2015 on;
 * - `borderAndCyber.ts`: joint border operations and online (cyber) exercises.
 *
 * The rules every exercise file keeps are in `index.ts`.
 */
import type { Exercise } from '../schema';
import { antiterrorExercises } from './antiterror';
import { antiterrorExercisesSince2015 } from './antiterrorSince2015';
import { borderAndCyberExercises } from './borderAndCyber';

export const authorityExercises: readonly Exercise[] = [
  ...antiterrorExercises,
  ...antiterrorExercisesSince2015,
  ...borderAndCyberExercises,
];

import type { Source } from '../schema';
import { authorityExerciseSources } from './authorityExerciseSources';
import { exerciseSources } from './exerciseSources';
import { incidentSources } from './incidentSources';

/** Sources for joint exercises and border incidents (split by dataset to keep each list readable). */
export const eventSources = [...exerciseSources, ...authorityExerciseSources, ...incidentSources] satisfies Source[];

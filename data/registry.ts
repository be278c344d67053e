/**
 * Every dataset with the file that holds it, its schema and how it reads to a user.
 * The validator, the build's JSON/CSV emission and the /data page all walk this list.
 */
import type { z } from 'zod';
import { exercises } from './exercises';
import { incidents } from './incidents';
import { milestones } from './milestones';
import { ratsFigures } from './ratsFigures';
import {
  exerciseSchema,
  incidentSchema,
  milestoneSchema,
  ratsFigureSchema,
  sourceSchema,
  stateSchema,
  terrorismStatSchema,
} from './schema';
import { sources } from './sources';
import { states } from './states';
import { terrorismStats } from './terrorismStats';

export const DATASET_ID = {
  sources: 'sources',
  states: 'states',
  exercises: 'exercises',
  incidents: 'incidents',
  terrorismStats: 'terrorismStats',
  ratsFigures: 'ratsFigures',
  milestones: 'milestones',
} as const;
export type DatasetId = (typeof DATASET_ID)[keyof typeof DATASET_ID];

export interface DatasetEntry {
  id: DatasetId;
  /** Path of the module that declares the rows, as a validation message names it. */
  file: string;
  schema: z.ZodType;
  rows: readonly unknown[];
}

export const DATASETS: readonly DatasetEntry[] = [
  { id: 'sources', file: 'data/sources/', schema: sourceSchema, rows: sources },
  { id: 'states', file: 'data/states.ts', schema: stateSchema, rows: states },
  { id: 'exercises', file: 'data/exercises/', schema: exerciseSchema, rows: exercises },
  { id: 'incidents', file: 'data/incidents/', schema: incidentSchema, rows: incidents },
  { id: 'terrorismStats', file: 'data/terrorismStats.ts', schema: terrorismStatSchema, rows: terrorismStats },
  { id: 'ratsFigures', file: 'data/ratsFigures.ts', schema: ratsFigureSchema, rows: ratsFigures },
  { id: 'milestones', file: 'data/milestones.ts', schema: milestoneSchema, rows: milestones },
];

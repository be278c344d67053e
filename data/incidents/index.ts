/**
 * Armed clashes between SCO member states while both were members, 2001 to today.
 *
 * Inclusion rule. A record is an armed clash between two states that were both SCO members on
 * its first day: their armed forces, border guards or police fired on each other (warning shots
 * fired at the other side's troops count), one state struck the other's territory, or their troops
 * fought hand to hand and someone was killed or injured. Each clash with a reputable source is a
 * record. Clashes between villagers alone, and shootings of smugglers or civilians by one side's
 * border guards, are left out unless the other state's forces fired too. The recurring low-level
 * India–Pakistan ceasefire violations on the Line of Control and the border are not listed one by
 * one: they are grouped into one record for the period an official count covers, and each
 * escalation (a strike or air engagement across the line, with the fighting that followed until a
 * ceasefire) is a record of its own.
 *
 * Casualties: one statement per entry (one source, one side, one kind of people, one date), in the
 * source's words; early and later figures are kept side by side. Figures of different statements
 * are never added.
 *
 * Places: every point is a GeoNames town, the seat of the district or region a source names, or a
 * site whose coordinates a source gives (`data/gazetteer.ts`); never a country's centre.
 */
import type { Incident } from '../schema';
import { indiaChinaIncidents } from './indiaChina';
import { indiaPakistanIncidents } from './indiaPakistan';
import { iranPakistanIncidents } from './iranPakistan';
import { kyrgyzTajikIncidents } from './kyrgyzTajik';
import { kyrgyzTajik2021Incidents } from './kyrgyzTajik2021';
import { kyrgyzTajik2022Incidents } from './kyrgyzTajik2022';
import { kyrgyzUzbekIncidents } from './kyrgyzUzbek';

/** Every incident, in order of start date. */
export const incidents: readonly Incident[] = [
  ...kyrgyzUzbekIncidents,
  ...kyrgyzTajikIncidents,
  ...kyrgyzTajik2021Incidents,
  ...kyrgyzTajik2022Incidents,
  ...indiaChinaIncidents,
  ...indiaPakistanIncidents,
  ...iranPakistanIncidents,
].sort((a, b) => a.start.localeCompare(b.start));

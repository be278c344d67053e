/**
 * The data contract: zod schemas for every dataset in `data/`, and the enums they use.
 *
 * Enums are `as const` objects with derived unions. Every record carries its sources
 * (`sources`: at least one reference) and a `confidence`. Records whose sources disagree
 * (`confidence: 'conflicting'`) keep every version in `claims`, each with its source.
 *
 * Cross-record rules (unique ids, source ids that resolve, end after start, coordinates in
 * the map's region) live in `validate.ts`, which runs these schemas and reports
 * `file › record id › field: message`.
 */
import { z } from './zod';
import { ISO3 } from './iso3';

export { ISO3 };
export type Iso3 = (typeof ISO3)[keyof typeof ISO3];

export const CONFIDENCE = { seed: 'seed', sourced: 'sourced', conflicting: 'conflicting' } as const;
export type Confidence = (typeof CONFIDENCE)[keyof typeof CONFIDENCE];

/** The SCO-related status a state holds for a period. `partner` is the single category that
 * replaced observers and dialogue partners at the Tianjin summit (1 September 2025). */
export const STATE_STATUS = {
  shanghaiFive: 'shanghaiFive',
  member: 'member',
  observer: 'observer',
  dialoguePartner: 'dialoguePartner',
  partner: 'partner',
} as const;
export type StateStatus = (typeof STATE_STATUS)[keyof typeof STATE_STATUS];

export const EXERCISE_KIND = {
  military: 'military',
  lawEnforcement: 'lawEnforcement',
  cyber: 'cyber',
  borderOperation: 'borderOperation',
} as const;
export type ExerciseKind = (typeof EXERCISE_KIND)[keyof typeof EXERCISE_KIND];

/** How precisely a point places what it marks. Every point is a named place, never a country's
 * centre: the site itself, or the seat of the smallest area a source names. */
export const COORD_PRECISION = {
  /** The site itself (range, base, post, valley): coordinates the source or a gazetteer gives for it. */
  site: 'site',
  /** The centre of the town or village a source names as the place (gazetteer point). */
  town: 'town',
  /** The seat of the district a source names; the site within the district is not known. */
  district: 'district',
  /** The seat of the province or region a source names; nothing smaller is known. */
  region: 'region',
} as const;
export type CoordPrecision = (typeof COORD_PRECISION)[keyof typeof COORD_PRECISION];

/** How a figure is qualified in its source ("more than 200", "at least 52", "nearly 300"). */
export const QUALIFIER = {
  exact: 'exact',
  moreThan: 'moreThan',
  atLeast: 'atLeast',
  nearly: 'nearly',
  about: 'about',
  upTo: 'upTo',
} as const;
export type Qualifier = (typeof QUALIFIER)[keyof typeof QUALIFIER];

export const SOURCE_KIND = {
  article: 'article',
  news: 'news',
  official: 'official',
  reference: 'reference',
  dataset: 'dataset',
} as const;
export type SourceKind = (typeof SOURCE_KIND)[keyof typeof SOURCE_KIND];

export const MILESTONE_KIND = {
  document: 'document',
  institution: 'institution',
  summit: 'summit',
  membership: 'membership',
} as const;
export type MilestoneKind = (typeof MILESTONE_KIND)[keyof typeof MILESTONE_KIND];

/** What a 2020 terrorism statistic counts. Never compare across metrics. */
export const TERRORISM_METRIC = {
  terroristCrimesStopped: 'terroristCrimesStopped',
  terroristAttacksPrevented: 'terroristAttacksPrevented',
  terroristCrimesRegistered: 'terroristCrimesRegistered',
  extremistOperationsStopped: 'extremistOperationsStopped',
  suspectsArrested: 'suspectsArrested',
  criminalActsRegistered: 'criminalActsRegistered',
  cellsDisrupted: 'cellsDisrupted',
  militantsKilled: 'militantsKilled',
  personsProsecuted: 'personsProsecuted',
  personsConvicted: 'personsConvicted',
  terroristIncidents: 'terroristIncidents',
} as const;
export type TerrorismMetric = (typeof TERRORISM_METRIC)[keyof typeof TERRORISM_METRIC];

/** What a RATS figure counts. Points of different metrics are never joined by a line. */
export const RATS_METRIC = {
  databasePersons: 'databasePersons',
  wantedPersons: 'wantedPersons',
  radicals: 'radicals',
  attacksPrevented: 'attacksPrevented',
  cellsDisrupted: 'cellsDisrupted',
  other: 'other',
} as const;
export type RatsMetric = (typeof RATS_METRIC)[keyof typeof RATS_METRIC];

const values = <T extends Record<string, string>>(o: T) =>
  Object.values(o) as [T[keyof T], ...T[keyof T][]];

export const confidenceSchema = z.enum(values(CONFIDENCE));
export const iso3Schema = z.enum(values(ISO3));
export const qualifierSchema = z.enum(values(QUALIFIER));

/** A date as precise as its source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a real calendar date. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');

export type PartialDate = z.infer<typeof partialDateSchema>;
export type DatePrecision = 'year' | 'month' | 'day';

export function datePrecision(date: string): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

export function isRealDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || Number.isNaN(y) || y < 1990 || y > 2100) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

/** A reference to a source: its id in `sources.ts`, and the quote or locator that holds the fact. */
export const sourceRefSchema = z
  .object({
    sourceId: z.string().min(1),
    quote: z.string().min(1).optional(),
    locator: z.string().min(1).optional(),
  })
  .strict()
  .refine((r) => r.quote !== undefined || r.locator !== undefined, {
    message: 'needs a quote or a locator',
  });
export type SourceRef = z.infer<typeof sourceRefSchema>;

/** One version of a disputed field, with its source. */
export const claimSchema = z
  .object({
    field: z.string().min(1),
    value: z.string().min(1),
    source: sourceRefSchema,
  })
  .strict();
export type Claim = z.infer<typeof claimSchema>;

const sourcedFields = {
  sources: z.array(sourceRefSchema).min(1, 'has no source'),
  confidence: confidenceSchema,
  claims: z.array(claimSchema).optional(),
  note: z.string().min(1).optional(),
};

/** A conflicting record must keep at least two claims. */
function conflictsHaveClaims(r: { confidence: Confidence; claims?: Claim[] | undefined }) {
  return r.confidence !== 'conflicting' || (r.claims?.length ?? 0) >= 2;
}
const conflictMessage = { message: 'is conflicting but keeps fewer than two claims', path: ['claims'] };

const idSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case');

/** The GeoNames entry a point is taken from, or (for a site) the nearest entry it is checked against. */
export const gazetteerRefSchema = z
  .object({
    geonameid: z.number().int().positive(),
    /** The entry's name as GeoNames spells it. */
    name: z.string().min(1),
    /** How far the point may lie from the entry, in km: 0 when the point is the entry itself. */
    withinKm: z.number().nonnegative(),
  })
  .strict();
export type GazetteerRef = z.infer<typeof gazetteerRefSchema>;

export const coordinatesSchema = z
  .object({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    precision: z.enum(values(COORD_PRECISION)),
    /** What the point is, in words: "GeoNames centre of Chebarkul", "seat of Batken region (Batken)". */
    basis: z.string().min(1),
    source: sourceRefSchema,
    gazetteer: gazetteerRefSchema,
  })
  .strict()
  .refine((c) => c.precision === 'site' || c.gazetteer.withinKm === 0, {
    message: 'a town, district or region point is its gazetteer entry (withinKm 0)',
    path: ['gazetteer', 'withinKm'],
  });
export type Coordinates = z.infer<typeof coordinatesSchema>;

export const locationSchema = z
  .object({
    name: z.string().min(1),
    /** e.g. "exercise area", "command post", "nearest town (proxy)". */
    role: z.string().min(1).optional(),
    country: iso3Schema.optional(),
    coord: coordinatesSchema,
  })
  .strict();
export type Location = z.infer<typeof locationSchema>;

/** A count as one source states it; `max` where the source gives a range. */
export const countSchema = z
  .object({
    value: z.number().int().nonnegative(),
    max: z.number().int().nonnegative().optional(),
    qualifier: qualifierSchema,
    text: z.string().min(1),
    source: sourceRefSchema,
  })
  .strict()
  .refine((c) => c.max === undefined || c.max >= c.value, { message: 'max is below value', path: ['max'] });
export type Count = z.infer<typeof countSchema>;

export const sourceSchema = z
  .object({
    id: idSchema,
    title: z.string().min(1),
    /** Who published it: the outlet, ministry or organisation (for an article, its journal). */
    publisher: z.string().min(1),
    /** For an article or a book: its authors, as they are cited ("Su Chang"). */
    authors: z.array(z.string().min(1)).min(1).optional(),
    date: partialDateSchema.optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    /** For an article: its Digital Object Identifier ("10.xxxx/…"). */
    doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'must be a DOI such as 10.1000/xyz').optional(),
    kind: z.enum(values(SOURCE_KIND)),
    description: z.string().min(1),
  })
  .strict()
  .refine((s) => s.url !== undefined || s.doi !== undefined, { message: 'needs a url or a DOI', path: ['url'] });
export type Source = z.infer<typeof sourceSchema>;

export const statusPeriodSchema = z
  .object({
    status: z.enum(values(STATE_STATUS)),
    from: partialDateSchema,
    /** Exclusive end: the date the next status began. Absent while it holds. */
    to: partialDateSchema.optional(),
    /** When the status was decided, where it took effect later (a memorandum signed, an accession
     * completed). `from` is when it took effect; the map and the charts use `from`. */
    decided: partialDateSchema.optional(),
    ...sourcedFields,
  })
  .strict()
  .refine(conflictsHaveClaims, conflictMessage);
export type StatusPeriod = z.infer<typeof statusPeriodSchema>;

export const stateSchema = z
  .object({
    id: iso3Schema,
    name: z.string().min(1),
    capital: z.object({ name: z.string().min(1), coord: coordinatesSchema }).strict(),
    statusHistory: z.array(statusPeriodSchema).min(1),
  })
  .strict();
export type State = z.infer<typeof stateSchema>;

export const exerciseSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    kind: z.enum(values(EXERCISE_KIND)),
    start: partialDateSchema,
    end: partialDateSchema.optional(),
    locations: z.array(locationSchema).min(1),
    hosts: z.array(iso3Schema).min(1),
    participants: z.array(iso3Schema).min(1),
    observers: z.array(iso3Schema),
    /** Troop numbers as each source gives them (several where sources differ). */
    troops: z.array(countSchema),
    ...sourcedFields,
  })
  .strict()
  .refine(conflictsHaveClaims, conflictMessage);
export type Exercise = z.infer<typeof exerciseSchema>;

/** Whose casualties a statement counts. */
export const CASUALTY_PEOPLE = {
  soldiers: 'soldiers',
  /** Soldiers, border guards and police together. */
  security: 'security',
  civilians: 'civilians',
  militants: 'militants',
  /** Soldiers and civilians together, or the statement does not say. */
  all: 'all',
} as const;
export type CasualtyPeople = (typeof CASUALTY_PEOPLE)[keyof typeof CASUALTY_PEOPLE];

/** One statement's casualty figures: one source, one side, one kind of people, one date.
 * Figures of different statements are never added or paired. */
export const casualtyClaimSchema = z
  .object({
    killed: countSchema.optional(),
    injured: countSchema.optional(),
    /** Whose dead and injured (the state they belong to); absent when a statement counts all sides. */
    side: iso3Schema.optional(),
    people: z.enum(values(CASUALTY_PEOPLE)),
    /** Who gave the figures: "Kyrgyz Ministry of Health", "Indian Army", "RFE/RL's count". */
    statedBy: z.string().min(1),
    /** When the figures were given (a later statement may revise an early one). */
    asOf: partialDateSchema,
    /** The claim as its source words it. */
    text: z.string().min(1),
    source: sourceRefSchema,
  })
  .strict();
export type CasualtyClaim = z.infer<typeof casualtyClaimSchema>;

export const incidentSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    start: partialDateSchema,
    end: partialDateSchema.optional(),
    place: z.string().min(1),
    parties: z.array(iso3Schema).min(2),
    locations: z.array(locationSchema).min(1),
    casualties: z.array(casualtyClaimSchema),
    ...sourcedFields,
  })
  .strict()
  .refine(conflictsHaveClaims, conflictMessage);
export type Incident = z.infer<typeof incidentSchema>;

export const periodSchema = z
  .object({
    from: partialDateSchema,
    to: partialDateSchema,
    /** As a reader sees it: "2020", "January–June 2020". */
    label: z.string().min(1),
  })
  .strict();
export type Period = z.infer<typeof periodSchema>;

export const terrorismStatSchema = z
  .object({
    id: idSchema,
    country: iso3Schema,
    metric: z.enum(values(TERRORISM_METRIC)),
    value: z.number().int().nonnegative(),
    qualifier: qualifierSchema,
    period: periodSchema,
    /** True for the article's own 2020 figures. */
    fromSeed: z.boolean(),
    /** Id of the figure this one is part of ("41 attacks" of the "61 crimes"). */
    partOf: idSchema.optional(),
    ...sourcedFields,
  })
  .strict()
  .refine(conflictsHaveClaims, conflictMessage);
export type TerrorismStat = z.infer<typeof terrorismStatSchema>;

export const ratsFigureSchema = z
  .object({
    id: idSchema,
    date: partialDateSchema,
    metric: z.enum(values(RATS_METRIC)),
    /** What exactly is counted, in words ("persons in the RATS terrorist database"). */
    counts: z.string().min(1),
    value: z.number().int().nonnegative(),
    qualifier: qualifierSchema,
    valueText: z.string().min(1),
    /** Period the figure covers, when it is not a stock at `date` ("2016–2018"). */
    period: z.string().min(1).optional(),
    speaker: z.string().min(1).optional(),
    /** Ids of figures that contradict this one. */
    contestedBy: z.array(idSchema).optional(),
    ...sourcedFields,
  })
  .strict()
  .refine(conflictsHaveClaims, conflictMessage);
export type RatsFigure = z.infer<typeof ratsFigureSchema>;

export const milestoneSchema = z
  .object({
    id: idSchema,
    date: partialDateSchema,
    title: z.string().min(1),
    kind: z.enum(values(MILESTONE_KIND)),
    place: z.string().min(1).optional(),
    signatories: z.array(iso3Schema).optional(),
    /** For a document: when it entered into force, where known (`date` is its signing). */
    inForce: partialDateSchema.optional(),
    /** One line on what it did, in our words. */
    summary: z.string().min(1),
    ...sourcedFields,
  })
  .strict()
  .refine(conflictsHaveClaims, conflictMessage);
export type Milestone = z.infer<typeof milestoneSchema>;

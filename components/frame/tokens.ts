/**
 * The colour tokens charts and legends use: the shell's CSS custom properties (app/globals.css,
 * defined for the light, dark and projector themes), each with the light and dark value it has
 * there, as a fallback for inline styles and for exporters that cannot read the page's CSS.
 * Palette: Okabe & Ito (colour-blind safe); statuses and kinds as the map shows them.
 */
import type { ExerciseKind, MilestoneKind, RatsMetric, StateStatus } from '@/data/schema';

export const COLOR_TOKENS = {
  '--kind-military': { light: '#d55e00', dark: '#ff8a3d' },
  '--kind-law-enforcement': { light: '#009e73', dark: '#3fd1a4' },
  '--kind-cyber': { light: '#7b3294', dark: '#c79be0' },
  '--kind-border-operation': { light: '#b8860b', dark: '#f0e442' },
  '--status-shanghai-five': { light: '#1b6e5a', dark: '#2e9e7f' },
  '--status-member': { light: '#0f4c8a', dark: '#3d8fd6' },
  '--status-observer': { light: '#e69f00', dark: '#f0b43c' },
  '--status-dialogue-partner': { light: '#7cc0ea', dark: '#b5ddf5' },
  '--status-partner': { light: '#cc79a7', dark: '#e59cc4' },
  '--series-1': { light: '#0072b2', dark: '#56b4e9' },
  '--series-2': { light: '#e69f00', dark: '#f0b43c' },
  '--series-3': { light: '#009e73', dark: '#3fd1a4' },
  '--series-4': { light: '#d55e00', dark: '#ff8a3d' },
  '--series-5': { light: '#cc79a7', dark: '#e59cc4' },
  '--series-6': { light: '#56b4e9', dark: '#b5ddf5' },
  '--color-text-muted': { light: '#4d5866', dark: '#a9b4c2' },
  /** Border incidents on the map. */
  '--incident': { light: '#1a1a1a', dark: '#f5f5f5' },
  /** Capitals on the map: their dots and names. */
  '--map-label': { light: '#1a1f26', dark: '#e8edf2' },
  /** Disputed and contested figures. */
  '--color-warning-text': { light: '#8a4b00', dark: '#ffcf8a' },
} as const satisfies Record<`--${string}`, { light: string; dark: string }>;

export type ColorToken = keyof typeof COLOR_TOKENS;
export type Theme = 'light' | 'dark';

/** `var(--token, #fallback)`, for an inline `style` (SVG presentation attributes ignore var()). */
export function tokenColor(token: ColorToken): string {
  return `var(${token}, ${COLOR_TOKENS[token].light})`;
}

/** The colour of a token in a theme, for exporters that cannot read the page's CSS. */
export function tokenFallback(token: ColorToken, theme: Theme = 'light'): string {
  return COLOR_TOKENS[token][theme];
}

export const KIND_TOKEN = {
  military: '--kind-military',
  lawEnforcement: '--kind-law-enforcement',
  cyber: '--kind-cyber',
  borderOperation: '--kind-border-operation',
} as const satisfies Record<ExerciseKind, ColorToken>;

export const STATUS_TOKEN = {
  shanghaiFive: '--status-shanghai-five',
  member: '--status-member',
  observer: '--status-observer',
  dialoguePartner: '--status-dialogue-partner',
  partner: '--status-partner',
} as const satisfies Record<StateStatus, ColorToken>;

export const RATS_TOKEN = {
  databasePersons: '--series-1',
  wantedPersons: '--series-2',
  radicals: '--series-5',
  attacksPrevented: '--series-3',
  cellsDisrupted: '--series-6',
  other: '--color-text-muted',
} as const satisfies Record<RatsMetric, ColorToken>;

export const MILESTONE_TOKEN = {
  document: '--series-1',
  institution: '--series-2',
  summit: '--series-3',
  membership: '--series-5',
} as const satisfies Record<MilestoneKind, ColorToken>;

/** A figure for the period the chart is about (the article's 2020 figures). */
export const PRIMARY_TOKEN: ColorToken = '--series-1';
/** Border incidents (the map's stars). */
export const INCIDENT_TOKEN: ColorToken = '--incident';
/** Capitals on the map. */
export const CAPITAL_TOKEN: ColorToken = '--map-label';
/** Figures for other periods, from other sources. */
export const SECONDARY_TOKEN: ColorToken = '--series-6';
/** The flag on disputed / contested figures. */
export const FLAG_TOKEN: ColorToken = '--color-warning-text';

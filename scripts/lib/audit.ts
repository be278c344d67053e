/** Reading `npm audit --json` (npm 7 and later): pure, so the verdict is unit-tested. */

export type Severity = 'info' | 'low' | 'moderate' | 'high' | 'critical';

export interface Advisory {
  name: string;
  severity: Severity;
  /** What the advisory is, from its first `via` entry that says. */
  title: string;
}

export type AuditOutcome = { kind: 'report'; advisories: Advisory[] } | { kind: 'unreachable'; reason: string };

const SEVERITIES: readonly Severity[] = ['info', 'low', 'moderate', 'high', 'critical'];
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The advisories of an audit report, or why there is no report. */
export function readAudit(json: unknown): AuditOutcome {
  if (!isRecord(json)) return { kind: 'unreachable', reason: 'npm audit printed no report' };
  const vulnerabilities = json.vulnerabilities;
  if (!isRecord(vulnerabilities)) {
    const error = isRecord(json.error) ? json.error : {};
    const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
    const reason = [text(error.code), text(error.summary) ?? text(json.message)].filter((x) => x !== undefined).join(' ');
    return { kind: 'unreachable', reason: reason || 'npm audit printed no report' };
  }
  const advisories = Object.entries(vulnerabilities).flatMap(([name, v]): Advisory[] => {
    if (!isRecord(v) || !SEVERITIES.includes(v.severity as Severity)) return [];
    const via = Array.isArray(v.via) ? v.via : [];
    const described = via.find((x): x is Record<string, unknown> => isRecord(x) && typeof x.title === 'string');
    const through = via.filter((x): x is string => typeof x === 'string');
    const title = described ? String(described.title) : through.length > 0 ? `through ${through.join(', ')}` : 'no title';
    return [{ name, severity: v.severity as Severity, title }];
  });
  return { kind: 'report', advisories };
}

/** What to print, and whether the check fails: any high or critical advisory fails it. */
export function auditSummary(outcome: AuditOutcome): { lines: string[]; failed: boolean } {
  if (outcome.kind === 'unreachable') {
    return { lines: [`npm audit --omit=dev: NOT CHECKED, the advisory service could not be reached (${outcome.reason}).`], failed: false };
  }
  const serious = outcome.advisories.filter((a) => a.severity === 'high' || a.severity === 'critical');
  const lines = [
    `npm audit --omit=dev: ${outcome.advisories.length} advisories, ${serious.length} high or critical.`,
    ...outcome.advisories.map((a) => `  ${a.severity.padEnd(8)} ${a.name}: ${a.title}`),
  ];
  return { lines, failed: serious.length > 0 };
}

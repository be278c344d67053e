import { describe, expect, it } from 'vitest';
import { auditSummary, readAudit } from './audit';

const report = (vulnerabilities: Record<string, unknown>) => ({ auditReportVersion: 2, vulnerabilities, metadata: {} });

describe('readAudit and auditSummary', () => {
  it('passes a clean report', () => {
    const outcome = readAudit(report({}));
    expect(outcome).toEqual({ kind: 'report', advisories: [] });
    expect(auditSummary(outcome)).toEqual({ lines: ['npm audit --omit=dev: 0 advisories, 0 high or critical.'], failed: false });
  });

  it('lists moderate advisories without failing', () => {
    const outcome = readAudit(report({ postcss: { severity: 'moderate', via: [{ title: 'Line return parsing error' }] } }));
    const summary = auditSummary(outcome);
    expect(summary.failed).toBe(false);
    expect(summary.lines[1]).toBe('  moderate postcss: Line return parsing error');
  });

  it('fails on a high or a critical advisory, also one reached through another package', () => {
    expect(auditSummary(readAudit(report({ a: { severity: 'high', via: [{ title: 'ReDoS' }] } }))).failed).toBe(true);
    const through = readAudit(report({ next: { severity: 'critical', via: ['postcss'] } }));
    expect(auditSummary(through)).toMatchObject({ failed: true, lines: ['npm audit --omit=dev: 1 advisories, 1 high or critical.', '  critical next: through postcss'] });
  });

  it('says the check was not made when the advisory service answers with an error', () => {
    // What npm 11 prints when the registry answers the audit's POST with 405.
    const outcome = readAudit({ message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk', statusCode: 405, error: { summary: '', detail: '' } });
    expect(outcome.kind).toBe('unreachable');
    expect(auditSummary(outcome).lines[0]).toMatch(/^npm audit --omit=dev: NOT CHECKED, .*405 Method Not Allowed/);
    expect(readAudit({ error: { code: 'ENOTFOUND', summary: 'request failed' } })).toEqual({ kind: 'unreachable', reason: 'ENOTFOUND request failed' });
    expect(readAudit('garbage').kind).toBe('unreachable');
  });
});

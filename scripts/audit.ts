/**
 * `npm run audit` (part of `npm test`): `npm audit --omit=dev`, failing on any high or critical
 * advisory of a package the site ships, and listing the moderate and low ones (README says why
 * each does not apply). When the advisory service cannot be reached (some registries answer only
 * GET, and the audit is a POST), it says so on one line and does not fail: the check was not
 * made, and the line says that it was not.
 */
import { spawnSync } from 'node:child_process';
import { ROOT } from './lib/build';
import { readAudit, auditSummary } from './lib/audit';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: ROOT, encoding: 'utf8' });
let parsed: unknown;
try {
  parsed = JSON.parse(run.stdout);
} catch {
  parsed = { message: (run.stderr || run.stdout || 'no output').trim().split('\n')[0] };
}
const outcome = readAudit(parsed);
const { lines, failed } = auditSummary(outcome);
for (const line of lines) console.log(line);
process.exit(failed ? 1 : 0);

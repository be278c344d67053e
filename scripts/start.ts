/** `npm start`: build if needed, then serve out/ on http://127.0.0.1:${PORT:-3000}. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuild, ROOT } from './lib/build';

ensureBuild();
const port = process.env.PORT ?? '3000';
console.log(`Serving the dashboard on http://127.0.0.1:${port}/`);
const server = spawn(
  join(ROOT, 'node_modules', '.bin', 'serve'),
  ['out', '--listen', `tcp://127.0.0.1:${port}`, '--config', '../serve.json', '--no-clipboard', '--no-port-switching'],
  { cwd: ROOT, stdio: 'inherit' },
);
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));

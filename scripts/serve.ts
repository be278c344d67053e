/**
 * Serves the built site in out/ (or the folder given as the first argument) on
 * http://127.0.0.1:${PORT:-3000}/ with the site's headers (scripts/lib/server.ts). No build:
 * `npm start` builds first; the browser tests' server is this.
 */
import { resolve } from 'node:path';
import { ROOT } from './lib/build';
import { startServer } from './lib/server';

const dir = resolve(ROOT, process.argv[2] ?? 'out');
const port = Number(process.env.PORT ?? 3000);
startServer(dir, port).then(
  () => console.log(`Serving ${dir} on http://127.0.0.1:${port}/`),
  (error: unknown) => {
    console.error(`serve: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

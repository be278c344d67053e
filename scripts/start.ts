/** `npm start`: build if needed, then serve out/ on http://127.0.0.1:${PORT:-3000} with the site's headers. */
import { join } from 'node:path';
import { ensureBuild, ROOT } from './lib/build';
import { startServer } from './lib/server';

ensureBuild();
const port = Number(process.env.PORT ?? 3000);
startServer(join(ROOT, 'out'), port).then(
  () => console.log(`Serving the dashboard on http://127.0.0.1:${port}/`),
  (error: unknown) => {
    console.error(`start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

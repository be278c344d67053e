/**
 * zod, configured once for the browser's Content-Security-Policy: no compiled validators. Without
 * `jitless`, zod probes `new Function` when its first object schema is made, and the site's policy
 * (no 'unsafe-eval') refuses and reports that probe. Modules that make schemas import `z` from
 * here, so this runs before any of them.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };

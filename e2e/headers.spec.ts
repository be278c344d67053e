/**
 * The headers the server sends for each kind of file of the built site (issue #19): what keeps a
 * reader's browser from sniffing, leaking the address, opening devices or being framed, and what
 * lets it cache the hashed assets for good while always revalidating the pages and data.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/test';

const OUT = join(__dirname, '..', 'out');
const first = (dir: string, ending: string) => readdirSync(join(OUT, dir)).find((name) => name.endsWith(ending));

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** One file of each kind: its path, its Content-Type and its Cache-Control. */
const FILES: [string, string, string][] = [
  ['/', 'text/html; charset=utf-8', 'no-cache'],
  ['/charts/terrorism-2020/', 'text/html; charset=utf-8', 'no-cache'],
  ['/data/states.csv', 'text/csv; charset=utf-8', 'no-cache'],
  ['/data/states.json', 'application/json; charset=utf-8', 'no-cache'],
  ['/geo/region.topo.json', 'application/json; charset=utf-8', 'no-cache'],
  ['/icon.svg', 'image/svg+xml', 'no-cache'],
  [`/fonts/${first('fonts', '.woff')}`, 'font/woff', 'no-cache'],
  ['/fonts/generated/noto-sans-sc-400.woff2', 'font/woff2', 'no-cache'],
  [`/_next/static/media/${first('_next/static/media', '.woff2')}`, 'font/woff2', IMMUTABLE],
  [`/_next/static/chunks/${first('_next/static/chunks', '.js')}`, 'application/javascript; charset=utf-8', IMMUTABLE],
];

for (const [path, type, cache] of FILES) {
  test(`${path} is served as ${type} with the security headers`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const h = response.headers();
    expect(h['content-type']).toBe(type);
    expect(h['cache-control']).toBe(cache);
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('no-referrer');
    expect(h['cross-origin-opener-policy']).toBe('same-origin');
    const permissions = h['permissions-policy'] ?? '';
    for (const denied of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()']) expect(permissions).toContain(denied);
    // The deck goes full screen and "Copy image" writes to the clipboard.
    expect(permissions).toContain('fullscreen=(self)');
    expect(permissions).toContain('clipboard-write=(self)');
    const csp = h['content-security-policy'] ?? '';
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toContain('unsafe-inline');
  });
}

test('a missing page is a 404 with the same headers and its own policy', async ({ request }) => {
  const response = await request.get('/no-such-page/');
  expect(response.status()).toBe(404);
  expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
  expect(response.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
});

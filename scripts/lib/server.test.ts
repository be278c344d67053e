import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSource } from './csp';
import { startServer } from './server';

/** The real server on a small built folder: each kind of file gets its type and headers. */
describe('startServer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'serve-'));
  let base = '';
  let close: () => void = () => undefined;

  beforeAll(async () => {
    mkdirSync(join(dir, 'embed', 'x'), { recursive: true });
    mkdirSync(join(dir, '_next', 'static', 'chunks'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!DOCTYPE html><html><head><script>go()</script></head><body><p style="color:red">x</p></body></html>');
    writeFileSync(join(dir, '404.html'), '<!DOCTYPE html><html><body>not found<script>nf()</script></body></html>');
    writeFileSync(join(dir, 'embed', 'x', 'index.html'), '<!DOCTYPE html><html><head><style data-href="/_next/static/chunks/a1.css">.a{}</style></head><body>embed</body></html>');
    writeFileSync(join(dir, '_next', 'static', 'chunks', 'a1.js'), 'x');
    writeFileSync(join(dir, '_next', 'static', 'chunks', 'a1.css'), '.a{}');
    writeFileSync(join(dir, '_next', 'static', 'chunks', 'lazy.css'), '.lazy{}');
    for (const name of ['deck.pptx', 'data.csv', 'data.json', 'region.topo.json', 'icon.svg', 'font.woff', 'font.woff2']) writeFileSync(join(dir, name), 'x');
    const server = await startServer(dir, 0);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  const get = (path: string) => fetch(`${base}${path}`, { redirect: 'manual' });

  it.each([
    ['/deck.pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
    ['/data.csv', 'text/csv; charset=utf-8'],
    ['/data.json', 'application/json; charset=utf-8'],
    ['/region.topo.json', 'application/json; charset=utf-8'],
    ['/icon.svg', 'image/svg+xml'],
    ['/font.woff', 'font/woff'],
    ['/font.woff2', 'font/woff2'],
  ])('serves %s as %s, not to be sniffed', async (path, type) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it("gives a page its own hashes, and the 404 page its own", async () => {
    const home = (await get('/')).headers.get('content-security-policy') ?? '';
    expect(home).toContain(hashSource('go()'));
    expect(home).toContain(hashSource('color:red'));
    // The embed's stylesheet, which a navigation would insert; not one no page inlines.
    expect(home).toContain(hashSource('.a{}'));
    expect(home).not.toContain(hashSource('.lazy{}'));
    expect(home).not.toContain(hashSource('nf()'));
    const missing = await get('/no-such-page/');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toContain(hashSource('nf()'));
  });

  it('lets only the embeds be framed, by the site', async () => {
    expect((await get('/embed/x/')).headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect((await get('/')).headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('caches hashed assets for a year and makes everything else revalidate', async () => {
    expect((await get('/_next/static/chunks/a1.js')).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get('/')).headers.get('cache-control')).toBe('no-cache');
    expect((await get('/data.csv')).headers.get('cache-control')).toBe('no-cache');
  });
});

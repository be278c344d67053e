/**
 * The production server: serves a built folder with serve's own handler and compression (what
 * the `serve` command does), and the headers of scripts/lib/serveConfig.ts. In-process rather
 * than the `serve` command because that command caps its configuration at 50 header rules of
 * 2,048 characters, and a page's policy with its hashes is longer.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, relative, sep } from 'node:path';
import compression from 'compression';
import handler, { type ServeConfig } from 'serve-handler';
import { ROOT } from './build';
import { serveConfig, type BuiltPage, type BuiltStylesheet } from './serveConfig';

function filesEndingIn(dir: string, ending: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return filesEndingIn(path, ending);
    return e.name.endsWith(ending) ? [path] : [];
  });
}

/** Every HTML page of the built folder `dir`. */
export function builtPages(dir: string): BuiltPage[] {
  return filesEndingIn(dir, '.html').map((file) => ({ path: relative(dir, file).split(sep).join('/'), html: readFileSync(file, 'utf8') }));
}

/** Every stylesheet Next built (it inlines them into the pages), with its address on the site. */
export function builtStylesheets(dir: string): BuiltStylesheet[] {
  return filesEndingIn(join(dir, '_next', 'static'), '.css').map((file) => ({
    href: `/${relative(dir, file).split(sep).join('/')}`,
    text: readFileSync(file, 'utf8'),
  }));
}

/** The checked-in base configuration (serve.json at the repository's root). */
export function baseConfig(): ServeConfig {
  return JSON.parse(readFileSync(join(ROOT, 'serve.json'), 'utf8')) as ServeConfig;
}

/** Serves `dir` on 127.0.0.1:`port`; resolves once it is listening. */
export function startServer(dir: string, port: number): Promise<Server> {
  const config: ServeConfig = { ...serveConfig(baseConfig(), builtPages(dir), builtStylesheets(dir)), public: dir };
  const compress = compression();
  const server = createServer((request, response) => {
    compress(request, response, () => {
      handler(request, response, config).catch((error: unknown) => {
        console.error(error);
        if (!response.headersSent) response.writeHead(500);
        response.end();
      });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

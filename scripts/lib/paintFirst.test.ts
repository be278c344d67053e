import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { HELD_FRAME_ATTRIBUTE, WAKE_FRAME_MESSAGE } from '../../lib/heldFrame';
import { LOADER_CODE, LOADER_ID, LOADER_SAFETY_MS, paintFirst } from './paintFirst';

const page = [
  '<!DOCTYPE html><html><head>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/page.js"/>',
  '<script src="/_next/static/chunks/runtime.js" async=""></script>',
  '<script src="/_next/static/chunks/react.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '<script>document.documentElement.dataset.theme="dark"</script>',
  '</head><body><h1>Title</h1>',
  '<script src="/_next/static/chunks/page.js" async=""></script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '</body></html>',
].join('');

interface FakeBrowser {
  visibility: 'visible' | 'hidden';
  /** Whether the browser reports paints (Paint Timing). */
  paintTiming: boolean;
  /** The page is in a frame (a slide's embed, a figure being captured). */
  framed?: boolean;
  /** The frame element says its parent holds it (lib/heldFrame.ts); implies `framed`. */
  held?: boolean;
  /** What fetching the page's data gives: its text, or a failed response. */
  data?: { ok: true; text: string } | { ok: false; status: number };
}

/** Runs the page's loader in a fake browser; the caller then plays frames, paints and timers. */
function runLoader(html: string, { visibility, paintTiming, framed = false, held = false, data }: FakeBrowser) {
  const found = /<script id="paint-first-loader" data-scripts="([^"]*)"(?: data-page="([^"]*)")?>([\s\S]*?)<\/script>/.exec(html);
  const [, list, pageData, loader] = found ?? [];
  if (list === undefined || loader === undefined) throw new Error('no loader');
  const appended: { src: string; async: boolean }[] = [];
  /** What the page's Next runtime finds in `self.__next_f` as each script is appended. */
  const dataWhenAppended: unknown[][] = [];
  const preloaded: string[] = [];
  const fetched: string[] = [];
  const warnings: unknown[][] = [];
  const self: { __next_f?: unknown[] } = {};
  const frames: (() => void)[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  const observers: ((list: { getEntriesByName: (n: string) => unknown[] }, o: { disconnect: () => void }) => void)[] = [];
  class FakeObserver {
    static supportedEntryTypes = paintTiming ? ['paint', 'longtask'] : ['longtask'];
    constructor(private readonly cb: (typeof observers)[number]) {}
    observe() {
      observers.push(this.cb);
    }
  }
  const document = {
    currentScript: { getAttribute: (name: string) => (name === 'data-scripts' ? list : name === 'data-page' ? (pageData ?? null) : null) },
    visibilityState: visibility,
    createElement: () => ({ src: '', async: false }),
    head: { appendChild: (l: { rel: string; as: string; href: string }) => preloaded.push(`${l.rel} ${l.as} ${l.href}`) },
    body: {
      appendChild: (e: { src: string; async: boolean }) => {
        appended.push(e);
        dataWhenAppended.push([...(self.__next_f ?? [])]);
      },
    },
  };
  const fetch = (url: string) => {
    fetched.push(url);
    if (!data) return new Promise(() => undefined);
    return Promise.resolve(data.ok ? { ok: true, status: 200, text: () => Promise.resolve(data.text) } : { ok: false, status: data.status });
  };
  type Listener = (e: { source: unknown; data: unknown }) => void;
  const listeners = new Set<Listener>();
  const parent = {};
  const window = {
    PerformanceObserver: FakeObserver,
    top: framed || held ? {} : undefined,
    parent,
    frameElement: held ? { hasAttribute: (name: string) => name === HELD_FRAME_ATTRIBUTE } : framed ? { hasAttribute: () => false } : null,
    addEventListener: (type: string, l: Listener) => type === 'message' && listeners.add(l),
    removeEventListener: (type: string, l: Listener) => type === 'message' && listeners.delete(l),
  };
  if (!framed && !held) window.top = window;
  const post = (source: unknown, data: unknown) => [...listeners].forEach((l) => l({ source, data }));
  runInNewContext(loader, {
    window,
    document,
    self,
    fetch,
    console: { warn: (...args: unknown[]) => warnings.push(args) },
    requestAnimationFrame: (f: () => void) => frames.push(f),
    setTimeout: (run: () => void, ms: number) => timers.push({ run, ms }),
  });
  const runTimers = (upTo: number) => timers.filter((t) => t.ms <= upTo).forEach((t) => t.run());
  const paint = (name: string) =>
    observers.forEach((cb) => cb({ getEntriesByName: (n) => (n === name ? [{ name }] : []) }, { disconnect: () => undefined }));
  const fromParent = (data: unknown) => post(parent, data);
  const fromElsewhere = (data: unknown) => post({}, data);
  return { appended, dataWhenAppended, preloaded, fetched, warnings, frames, runTimers, paint, fromParent, fromElsewhere };
}

describe('paintFirst', () => {
  it('leaves no chunk script for the parser to load and run before the first paint', () => {
    const { html } = paintFirst(page);
    expect(html).not.toMatch(/<script src="\/_next\/static\/chunks\/[^"]+" async/);
    expect(html).not.toMatch(/<link[^>]*as="script"/);
    expect(html.indexOf(`id="${LOADER_ID}"`)).toBeGreaterThan(html.indexOf('<h1>Title</h1>'));
    expect(html.indexOf(`id="${LOADER_ID}"`)).toBeLessThan(html.indexOf('</body>'));
  });

  it('keeps everything else: styles, inline scripts, the page data and the legacy polyfills', () => {
    const { html } = paintFirst(page);
    for (const kept of ['a.css', 'dataset.theme="dark"', 'self.__next_f', 'polyfills.js" noModule']) expect(html).toContain(kept);
  });

  it('loads the same scripts, in order and async, once the first contentful paint is reported', () => {
    const { html, scripts } = paintFirst(page);
    expect(scripts).toEqual(['/_next/static/chunks/runtime.js', '/_next/static/chunks/react.js', '/_next/static/chunks/page.js']);
    const run = runLoader(html, { visibility: 'visible', paintTiming: true });
    run.frames.forEach((f) => f());
    run.paint('first-paint');
    run.runTimers(0);
    expect(run.appended).toEqual([]);
    run.paint('first-contentful-paint');
    expect(run.appended).toEqual([]);
    run.runTimers(0);
    expect(run.appended).toEqual(scripts.map((src) => ({ src, async: true })));
    run.runTimers(LOADER_SAFETY_MS);
    expect(run.appended).toHaveLength(scripts.length);
  });

  it('waits for a frame where paints are not reported', () => {
    const { html, scripts } = paintFirst(page);
    const run = runLoader(html, { visibility: 'visible', paintTiming: false });
    run.runTimers(0);
    expect(run.appended).toEqual([]);
    run.frames.forEach((f) => f());
    run.runTimers(0);
    expect(run.appended.map((e) => e.src)).toEqual(scripts);
  });

  it('still loads the scripts if no paint is ever reported', () => {
    const { html, scripts } = paintFirst(page);
    const run = runLoader(html, { visibility: 'visible', paintTiming: true });
    run.runTimers(LOADER_SAFETY_MS - 1);
    expect(run.appended).toEqual([]);
    run.runTimers(LOADER_SAFETY_MS);
    expect(run.appended.map((e) => e.src)).toEqual(scripts);
  });

  it('in a frame, loads after one animation frame without waiting for a paint (a hidden frame is never painted)', () => {
    const { html, scripts } = paintFirst(page);
    const run = runLoader(html, { visibility: 'visible', paintTiming: true, framed: true });
    expect(run.appended).toEqual([]);
    run.frames.forEach((f) => f());
    run.runTimers(0);
    expect(run.appended.map((e) => e.src)).toEqual(scripts);
  });

  it('in a frame its parent holds, loads nothing (not even after the safety delay) until the parent wakes it', () => {
    const { html, scripts } = paintFirst(page);
    const run = runLoader(html, { visibility: 'visible', paintTiming: true, held: true });
    run.frames.forEach((f) => f());
    run.paint('first-contentful-paint');
    run.runTimers(LOADER_SAFETY_MS * 10);
    run.fromElsewhere(WAKE_FRAME_MESSAGE);
    run.fromParent('something else');
    expect(run.appended).toEqual([]);
    run.fromParent(WAKE_FRAME_MESSAGE);
    expect(run.appended.map((e) => e.src)).toEqual(scripts);
    run.fromParent(WAKE_FRAME_MESSAGE);
    expect(run.appended).toHaveLength(scripts.length);
  });

  it('a held frame’s page data is fetched only once it is woken', async () => {
    const { html, scripts } = paintFirst(page, '/embed/map/index.txt');
    const run = runLoader(html, { visibility: 'hidden', paintTiming: true, held: true, data: { ok: true, text: '0:{}\n' } });
    run.runTimers(LOADER_SAFETY_MS);
    expect(run.fetched).toEqual([]);
    run.fromParent(WAKE_FRAME_MESSAGE);
    expect(run.fetched).toEqual(['/embed/map/index.txt']);
    await new Promise((resolve) => setImmediate(resolve));
    expect(run.appended.map((e) => e.src)).toEqual(scripts);
  });

  it('at the top, an animation frame alone does not load them: the first contentful paint does', () => {
    const { html } = paintFirst(page);
    const run = runLoader(html, { visibility: 'visible', paintTiming: true });
    run.frames.forEach((f) => f());
    run.runTimers(0);
    expect(run.appended).toEqual([]);
  });

  it('loads at once in a hidden tab, where nothing is painted', () => {
    const { html, scripts } = paintFirst(page);
    expect(runLoader(html, { visibility: 'hidden', paintTiming: true }).appended.map((e) => e.src)).toEqual(scripts);
  });

  it('runs the same loader code on every page, so a strict CSP can allow it by one hash', () => {
    const other = page.replace('react.js', 'charts.js');
    const code = (html: string) => /<script id="paint-first-loader"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
    expect(code(paintFirst(page).html)).toBe(LOADER_CODE);
    expect(code(paintFirst(other).html)).toBe(LOADER_CODE);
    expect(paintFirst(other).scripts).toContain('/_next/static/chunks/charts.js');
  });

  it('with the page’s data in a file, fetches it after the first paint and hands it to Next before any of its scripts runs', async () => {
    const { html, scripts } = paintFirst(page, '/charts/index.txt');
    const run = runLoader(html, { visibility: 'visible', paintTiming: true, data: { ok: true, text: '0:{"P":null}\n' } });
    run.runTimers(0);
    expect(run.fetched).toEqual([]);
    run.paint('first-contentful-paint');
    run.runTimers(0);
    expect(run.fetched).toEqual(['/charts/index.txt']);
    // The scripts download while the data does; none runs before the data is there.
    expect(run.preloaded).toEqual(scripts.map((src) => `preload script ${src}`));
    expect(run.appended).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(run.appended).toEqual(scripts.map((src) => ({ src, async: true })));
    expect(run.dataWhenAppended).toEqual(scripts.map(() => [[0], [1, '0:{"P":null}\n']]));
    run.runTimers(LOADER_SAFETY_MS);
    expect(run.fetched).toHaveLength(1);
    expect(run.appended).toHaveLength(scripts.length);
  });

  it('leaves the page as served, and says why, when its data does not load', async () => {
    const { html } = paintFirst(page, '/charts/index.txt');
    const run = runLoader(html, { visibility: 'hidden', paintTiming: true, data: { ok: false, status: 404 } });
    await new Promise((resolve) => setImmediate(resolve));
    expect(run.appended).toEqual([]);
    expect(String(run.warnings[0]?.[0])).toMatch(/data did not load/);
  });

  it('refuses a page-data path it does not recognise', () => {
    expect(() => paintFirst(page, '/charts/index.txt" onload="x')).toThrow(/does not recognise/);
    expect(() => paintFirst(page, 'charts/index.txt')).toThrow(/does not recognise/);
  });

  it('leaves a page without chunk scripts as it is', () => {
    const plain = '<html><body><p>Hi</p></body></html>';
    expect(paintFirst(plain)).toEqual({ html: plain, scripts: [] });
  });

  it('refuses markup it does not recognise instead of letting scripts run before paint', () => {
    expect(() => paintFirst('<html><head><script defer src="/_next/static/chunks/x.js"></script></head><body></body></html>')).toThrow(/does not recognise/);
    expect(() => paintFirst('<html><head><link rel="modulepreload" as="script" href="/_next/static/chunks/x.js"/></head><body></body></html>')).toThrow(/does not recognise/);
    expect(() => paintFirst(page.replace('react.js', 'a&quot;b.js'))).toThrow(/does not recognise/);
    expect(() => paintFirst(paintFirst(page).html)).toThrow(/already/);
    expect(() => paintFirst('<script src="/_next/static/chunks/x.js" async=""></script>')).toThrow(/<\/body>/);
  });
});

/**
 * React's page data out of the HTML: a post-build rewrite of each exported page.
 *
 * Next writes a page's React data (its server components' output, and the inlined CSS a second
 * time) into the HTML as `self.__next_f.push([1,"…"])` scripts at the end of <body>: about half of
 * each page's bytes (139 of 257 KB on `/`). The same text is already a file of the export, the one
 * Next's router fetches when it navigates to the page (`index.txt` beside `index.html`). The rewrite
 * removes those scripts and has the paint-first loader (paintFirst.ts) fetch that file after the
 * first paint and hand it to Next exactly as the scripts did, before Next's own scripts run. A
 * reader without JavaScript gets the same page in half the bytes; a slow phone paints after less.
 *
 * It leans on how Next's client reads its data (`self.__next_f`: `[0]` starts the stream, each
 * `[1, text]` adds to it, and the stream closes once Next has started), so it checks the shape and
 * stops the build on anything else: another kind of entry, a script that touches `__next_f` in a
 * way it does not recognise, or a data file that is not the page's own text.
 */

/** Next's inline scripts that start and fill the page data, exactly as its static export writes them. */
const START = '(self.__next_f=self.__next_f||[]).push([0])';
const PUSH = /^self\.__next_f\.push\((\[[\s\S]*\])\)$/;
const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

export interface TakenPageData {
  /** The page without its page-data scripts. */
  html: string;
  /** The page data's text, in the order Next wrote it; null when the page has none. */
  text: string | null;
}

function entry(code: string): string {
  const json = PUSH.exec(code)?.[1];
  if (json === undefined) throw new Error(`a page-data script the rewrite does not recognise: ${code.slice(0, 80)}`);
  const value: unknown = JSON.parse(json);
  if (!Array.isArray(value) || value.length !== 2 || value[0] !== 1 || typeof value[1] !== 'string') {
    throw new Error(`a page-data entry the rewrite does not recognise: ${json.slice(0, 80)}`);
  }
  return value[1];
}

/** Removes Next's page-data scripts from `html` and returns their text. */
export function takePageData(html: string): TakenPageData {
  let started = false;
  const parts: string[] = [];
  const rest = html.replace(INLINE_SCRIPT, (tag: string, code: string) => {
    if (!code.includes('__next_f')) return tag;
    if (code === START) {
      if (started || parts.length > 0) throw new Error('the page data starts twice, or after its first entry');
      started = true;
      return '';
    }
    const text = entry(code);
    if (!started) throw new Error('a page-data entry before the page data starts');
    parts.push(text);
    return '';
  });
  if (!started) {
    if (html.includes('__next_f')) throw new Error('page data in a shape the rewrite does not recognise');
    return { html, text: null };
  }
  return { html: rest, text: parts.join('') };
}

/** The data file Next exports beside a page: `charts/index.html` → `charts/index.txt`. */
export function pageDataFileFor(htmlPath: string): string {
  if (!htmlPath.endsWith('.html')) throw new Error(`not a page: ${htmlPath}`);
  return `${htmlPath.slice(0, -'.html'.length)}.txt`;
}

/**
 * The exported file whose text is the page's data, as a site path (`/charts/index.txt`): the page's
 * own file, or (for a page Next exports without one, such as `404.html`) another page's with the
 * same text. `files` maps each `…/index.txt` of the export (site path) to its text. Null when no
 * file holds exactly that text (postbuild.ts then stops the build).
 */
export function pageDataUrl(htmlPath: string, text: string, files: ReadonlyMap<string, string>): string | null {
  const own = `/${pageDataFileFor(htmlPath)}`;
  if (files.get(own) === text) return own;
  for (const [url, other] of files) if (other === text) return url;
  return null;
}

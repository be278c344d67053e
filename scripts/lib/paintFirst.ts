/**
 * Paint first, then load the scripts: a post-build rewrite of each exported page.
 *
 * Next writes `<script src="/_next/static/chunks/…" async>` tags into the page's <head>. On a
 * slow phone those scripts arrive while the page is still being parsed and run (about 250 ms of
 * React and Next at 4× CPU) before the first paint: the reader waits for code that the static
 * page does not need in order to be read. The rewrite removes those tags (and Next's low-priority
 * preload of its last chunk) and adds, at the end of
 * <body>, a small loader that appends the same scripts, in the same order and still async, once
 * the browser reports the page's first contentful paint. Hydration then starts a little
 * later than before; the page reads the same with or without it.
 *
 * A page whose React data was taken out of its HTML (pageData.ts) names the data's file in the
 * loader's `data-page`: the loader then preloads the scripts, fetches the data, hands it to Next as
 * its inline scripts did, and only then adds the scripts, so Next never starts without it. If the
 * data does not load, the page stays as it was served, as it reads without JavaScript.
 *
 * In a hidden tab nothing is painted, so there the loader starts at once. In a frame (a slide's
 * embed, a figure the deck captures for PowerPoint in a hidden frame, the deck's next slide) it
 * starts after one animation frame: a hidden frame is never painted, so waiting for its paint
 * held every captured figure for the safety timeout (4 s each; the default deck's PowerPoint took
 * 49.8 s in the browser, 9.7 s after).
 *
 * A frame its parent holds (lib/heldFrame.ts: the deck's next slide, mounted hidden) loads nothing
 * until its parent wakes it: it is painted ahead and hydrated when shown.
 */
import { HELD_FRAME_ATTRIBUTE, WAKE_FRAME_MESSAGE } from '../../lib/heldFrame';

/** Next's chunk scripts, exactly as its static export writes them. */
const CHUNK_SCRIPT = /<script src="(\/_next\/static\/chunks\/[^"]+\.js)" async=""><\/script>/g;

/** Next's early fetch of its last chunk: it would be requested before the first paint too. */
const CHUNK_PRELOAD = /<link rel="preload" as="script" fetchPriority="low" href="\/_next\/static\/chunks\/[^"]+\.js"\/>/g;

/** Any chunk script still loaded by the parser: what the rewrite must leave none of. */
const PARSER_CHUNK_SCRIPT = /<script\b(?=[^>]*\bsrc="\/_next\/static\/chunks\/)(?![^>]*\bnoModule\b)[^>]*>|<link\b(?=[^>]*\bas="script")[^>]*>/i;

/** Marks the loader, so a page is never rewritten twice. */
export const LOADER_ID = 'paint-first-loader';

export interface PaintFirstResult {
  html: string;
  /** The scripts the loader appends, in the page's order. */
  scripts: string[];
}

/** Scripts start after this long even if no paint was reported (a safety net). */
export const LOADER_SAFETY_MS = 4000;

/**
 * The loader's code (plain ES5: it runs before any polyfill). It reads the page's scripts from its
 * own `data-scripts`, so the code is the same on every page and a strict Content-Security-Policy
 * can allow it by one hash. It waits for the first contentful paint (Paint Timing); where paints
 * are not reported, for one animation frame; in a held frame, for its parent's word.
 */
export const LOADER_CODE =
  `(function(){var c=document.currentScript,s=c.getAttribute("data-scripts").split(" "),d=c.getAttribute("data-page"),done=false,P=window.PerformanceObserver;` +
  `function add(){for(var i=0;i<s.length;i++){var e=document.createElement("script");e.src=s[i];e.async=true;document.body.appendChild(e)}}` +
  `function go(){if(done)return;done=true;if(!d)return add();` +
  `for(var i=0;i<s.length;i++){var l=document.createElement("link");l.rel="preload";l.as="script";l.href=s[i];document.head.appendChild(l)}` +
  `fetch(d).then(function(r){if(!r.ok)throw new Error(d+": "+r.status);return r.text()}).then(function(t){var f=self.__next_f=self.__next_f||[];f.push([0]);f.push([1,t]);add()},function(e){console.warn("The page stays as it was served: its data did not load.",e)})}` +
  `function soon(){setTimeout(go,0)}` +
  `var F=null;try{F=window.frameElement}catch(e){}` +
  `if(F&&F.hasAttribute("${HELD_FRAME_ATTRIBUTE}")){var w=function(e){if(e.source===window.parent&&e.data==="${WAKE_FRAME_MESSAGE}"){window.removeEventListener("message",w);go()}};return window.addEventListener("message",w)}` +
  `if(document.visibilityState==="hidden")return go();` +
  `if(window.top!==window)requestAnimationFrame(soon);` +
  `if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf("paint")>=0)new P(function(l,o){if(l.getEntriesByName("first-contentful-paint").length){o.disconnect();soon()}}).observe({type:"paint",buffered:true});` +
  `else requestAnimationFrame(soon);` +
  `setTimeout(go,${LOADER_SAFETY_MS})})()`;

/** A script path as Next names its chunks: nothing that would need escaping in an attribute. */
const SAFE_SRC = /^\/_next\/static\/chunks\/[\w.~-]+\.js$/;

/** A page-data file as the export names them (pageData.ts): a site path, nothing to escape. */
const SAFE_DATA = /^(?:\/[\w.~-]+)+\.txt$/;

/** The loader element for `scripts`, which first fetches the page's data from `pageData` if given. */
export function loaderScript(scripts: readonly string[], pageData: string | null = null): string {
  const unsafe = scripts.find((src) => !SAFE_SRC.test(src));
  if (unsafe !== undefined) throw new Error(`a chunk script the rewrite does not recognise: ${unsafe}`);
  if (pageData !== null && !SAFE_DATA.test(pageData)) throw new Error(`a page-data path the rewrite does not recognise: ${pageData}`);
  const data = pageData === null ? '' : ` data-page="${pageData}"`;
  return `<script id="${LOADER_ID}" data-scripts="${scripts.join(' ')}"${data}>${LOADER_CODE}</script>`;
}

/**
 * Moves a page's chunk scripts behind its first paint. Throws when the page is not in the shape
 * Next writes (no </body>, or a chunk script the rewrite does not recognise), so a Next upgrade
 * that changes the markup stops the build instead of silently loading scripts before paint.
 */
export function paintFirst(html: string, pageData: string | null = null): PaintFirstResult {
  if (html.includes(`id="${LOADER_ID}"`)) throw new Error('page already rewritten');
  const scripts: string[] = [];
  const rest = html
    .replace(CHUNK_SCRIPT, (_tag: string, src: string) => {
      if (!scripts.includes(src)) scripts.push(src);
      return '';
    })
    .replace(CHUNK_PRELOAD, '');
  const left = PARSER_CHUNK_SCRIPT.exec(rest);
  if (left) throw new Error(`a chunk script the rewrite does not recognise: ${left[0]}`);
  if (scripts.length === 0) return { html, scripts };
  const end = rest.lastIndexOf('</body>');
  if (end < 0) throw new Error('no </body> to put the loader before');
  return { html: `${rest.slice(0, end)}${loaderScript(scripts, pageData)}${rest.slice(end)}`, scripts };
}

/**
 * Takes the live plot <svg> off the page as self-contained SVG markup: waits until it has
 * settled, clones it, inlines computed styles, turns text into outlines, drops what only the
 * page needs (`[data-export-ignore]`, foreignObject, scripts, styles), and copies in any
 * pattern, gradient or clip path it references from elsewhere on the page.
 *
 * The contract with charts and the map is in this folder's README: the plot is
 * `svg[data-export-plot]` inside the element with the target id.
 */
import type { TextShaper } from '../fonts/textShaper';
import type { PlotMarkup } from '../frame/frameSvg';
import { computedValues, stripPageAttributes, writeValues, type ColorResolver } from './inlineStyles';
import { FONT_STACK, keepAsText, textToPaths } from './textToPaths';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Never exported: interactive-only marks, page-only markup. */
const DROP = '[data-export-ignore], foreignObject, script, style, noscript';
/** Detail an export may leave out where its words would be too small to read (the map's place names). */
const OPTIONAL = '[data-export-optional]';
/** A plot drawn only for exports, laid out for a slide (never shown). */
const EXPORT_ONLY = '[data-export-only]';
/** Root attributes the frame replaces with its own placement. */
const ROOT_ONLY = new Set(['width', 'height', 'viewBox', 'x', 'y', 'preserveAspectRatio', 'xmlns', 'xmlns:xlink', 'id', 'role', 'aria-label', 'aria-labelledby', 'aria-describedby', 'version']);
const READY_TIMEOUT_MS = 3000;

/** A view without a marked plot: its largest top-level svg. */
function largestSvg(target: Element): SVGSVGElement | undefined {
  let best: SVGSVGElement | undefined;
  let bestArea = 0;
  for (const svg of target.querySelectorAll<SVGSVGElement>('svg')) {
    if (svg.parentElement?.closest('svg')) continue;
    const r = svg.getBoundingClientRect();
    if (r.width * r.height > bestArea) {
      best = svg;
      bestArea = r.width * r.height;
    }
  }
  return best;
}

/** A plot the exporter can use, with what the frame layout needs to know of it. */
export interface PlotCandidate {
  svg: SVGSVGElement;
  /** Drawn only for exports: laid out for a slide. */
  exportOnly: boolean;
  /** On screen now (else in a hidden view or a layout for another width). */
  rendered: boolean;
  viewBox: PlotMarkup['viewBox'];
  /** The median size of its labels, in plot units. */
  textSize?: number;
  /** The smallest label it must keep, in plot units. */
  minTextSize?: number;
  /** The smallest label of its optional detail (`data-export-optional`), in plot units. */
  optionalMinTextSize?: number;
}

/** How much the transforms between the plot's root and an element scale it (a zoomed map, its counter-scaled labels). */
function transformScale(el: Element, root: Element): number {
  let scale = 1;
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    if (!(node instanceof SVGGraphicsElement)) continue;
    const m = node.transform.baseVal.consolidate()?.matrix;
    if (m) scale *= Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
  }
  return scale;
}

/** The font sizes, in plot units, of a plot's labels that an export draws, split into required and optional. */
function labelSizes(svg: SVGSVGElement): { required: number[]; optional: number[] } {
  const required: number[] = [];
  const optional: number[] = [];
  for (const text of svg.querySelectorAll('text')) {
    if (text.closest(DROP) || !(text.textContent ?? '').trim()) continue;
    const size = parseFloat(getComputedStyle(text).fontSize) * transformScale(text, svg);
    if (!(size > 0)) continue;
    (text.closest(OPTIONAL) ? optional : required).push(size);
  }
  return { required, optional };
}

/**
 * Every plot in the target (`svg[data-export-plot]`, else its largest svg), for an export to
 * choose from: the layouts drawn for exports (the slide layout), then the one on screen, then the
 * rest (another width's layout). A target hidden behind the Table tab is shown for the look-up,
 * so a container query marks the layout the view would show as on screen.
 */
export function plotCandidates(target: Element): PlotCandidate[] {
  return whileRendered(target, () => {
    const marked = [...target.querySelectorAll<SVGSVGElement>('svg[data-export-plot]')];
    const largest = marked.length > 0 ? undefined : largestSvg(target);
    const all = largest ? [largest] : marked;
    const candidates = all.map((svg): PlotCandidate => {
      const { required, optional } = labelSizes(svg);
      return {
        svg,
        exportOnly: svg.closest(EXPORT_ONLY) !== null,
        rendered: svg.getClientRects().length > 0,
        viewBox: viewBoxOf(svg),
        textSize: median(required),
        minTextSize: required.length > 0 ? Math.min(...required) : undefined,
        optionalMinTextSize: optional.length > 0 ? Math.min(...optional) : undefined,
      };
    });
    const rank = (c: PlotCandidate) => (c.exportOnly ? 0 : c.rendered ? 1 : 2);
    return candidates.sort((a, b) => rank(a) - rank(b));
  });
}

/** The next animation frame, or 100 ms in a background tab (where frames pause). */
const nextFrame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => resolve());
    setTimeout(resolve, 100);
  });

/**
 * Resolves once the plot has settled: no `data-export-ready="false"` on it or an ancestor,
 * its CSS animations and transitions finished (jumped to their end), and a frame painted.
 */
export async function settled(svg: SVGSVGElement): Promise<void> {
  const start = performance.now();
  while (svg.closest('[data-export-ready="false"]') && performance.now() - start < READY_TIMEOUT_MS) await nextFrame();
  for (const animation of svg.getAnimations({ subtree: true })) {
    const timing = animation.effect?.getComputedTiming();
    if (timing && Number.isFinite(timing.endTime)) animation.finish();
  }
  await nextFrame();
}

/** The plot's coordinate box: its viewBox, else its drawn size. */
function viewBoxOf(svg: SVGSVGElement): PlotMarkup['viewBox'] {
  const vb = svg.viewBox.baseVal;
  if (vb && vb.width > 0 && vb.height > 0) return { x: vb.x, y: vb.y, width: vb.width, height: vb.height };
  const r = svg.getBoundingClientRect();
  return { x: 0, y: 0, width: r.width, height: r.height };
}

/**
 * Runs `fn` with the plot rendered: a plot in a hidden view (the Table tab) is shown for the
 * duration of this synchronous call, so there is no paint in between and nothing flickers.
 */
function whileRendered<T>(node: Element, fn: () => T): T {
  const restore: (() => void)[] = [];
  for (let el: Element | null = node; el; el = el.parentElement) {
    if (!(el instanceof HTMLElement || el instanceof SVGElement)) continue;
    if (getComputedStyle(el).display !== 'none') continue;
    const style = el.getAttribute('style');
    const hidden = el instanceof HTMLElement && el.hidden;
    if (el instanceof HTMLElement) el.hidden = false;
    if (getComputedStyle(el).display === 'none') el.style.setProperty('display', 'block', 'important');
    const node = el;
    restore.push(() => {
      // Through the CSSOM: the Content-Security-Policy refuses a style attribute set as markup.
      if (style === null) node.removeAttribute('style');
      else node.style.cssText = style;
      if (node instanceof HTMLElement) node.hidden = hidden;
    });
  }
  try {
    return fn();
  } finally {
    for (const undo of restore.reverse()) undo();
  }
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Ids referenced with url(#id) or href="#id" in the markup. */
function referencedIds(root: Element): Set<string> {
  const ids = new Set<string>();
  const visit = (el: Element) => {
    for (const name of el.getAttributeNames()) {
      const value = el.getAttribute(name) ?? '';
      for (const m of value.matchAll(/url\(#([^)]+)\)/g)) if (m[1]) ids.add(m[1]);
      if ((name === 'href' || name === 'xlink:href') && value.startsWith('#')) ids.add(value.slice(1));
    }
  };
  visit(root);
  for (const el of root.querySelectorAll('*')) visit(el);
  return ids;
}

/** A link in the plot (a mark linking to its source) points at this site from the file too. */
function absoluteLink(a: Element): void {
  for (const name of ['href', 'xlink:href']) {
    const href = a.getAttribute(name);
    if (href === null || href.startsWith('#')) continue;
    try {
      a.setAttribute(name, new URL(href, a.ownerDocument.baseURI).href);
    } catch {
      a.removeAttribute(name);
    }
  }
  a.removeAttribute('target');
}

interface Walk {
  /** Leave out the optional detail (`data-export-optional`). */
  dropOptional: boolean;
  pairs: Map<Element, Element>;
  texts: [SVGTextContentElement, Element][];
  drop: Element[];
}

/** Walks live and clone together, writing styles and noting text and elements to drop. */
function walk(live: Element, clone: Element, parent: Map<string, string> | undefined, resolve: ColorResolver, out: Walk): void {
  out.pairs.set(live, clone);
  if (live.matches(DROP) || (out.dropOptional && live.matches(OPTIONAL))) {
    out.drop.push(clone);
    return;
  }
  const style = getComputedStyle(live);
  if (style.display === 'none') {
    out.drop.push(clone);
    return;
  }
  const values = computedValues(style, resolve);
  writeValues(clone, values, parent);
  stripPageAttributes(clone);
  if (live.localName === 'a') absoluteLink(clone);
  if (live.localName === 'text' && live instanceof SVGTextContentElement) out.texts.push([live, clone]);
  const liveChildren = live.children;
  const cloneChildren = clone.children;
  for (let i = 0; i < liveChildren.length; i++) {
    const l = liveChildren[i];
    const c = cloneChildren[i];
    if (l && c) walk(l, c, values, resolve, out);
  }
}

/** Copies referenced defs that live outside the plot (a shared pattern) into the clone. */
function adoptExternalDefs(clone: Element, resolve: ColorResolver): void {
  const doc = clone.ownerDocument;
  let defs: Element | undefined;
  const seen = new Set<string>();
  for (let pending = referencedIds(clone); pending.size > 0; ) {
    const next = new Set<string>();
    for (const id of pending) {
      if (seen.has(id)) continue;
      seen.add(id);
      if (clone.querySelector(`#${CSS.escape(id)}`)) continue;
      const source = doc.getElementById(id);
      if (!source || !(source instanceof SVGElement)) continue;
      const copy = source.cloneNode(true) as Element;
      const out: Walk = { dropOptional: false, pairs: new Map(), texts: [], drop: [] };
      walk(source, copy, undefined, resolve, out);
      if (!defs) {
        defs = doc.createElementNS(SVG_NS, 'defs');
        clone.insertBefore(defs, clone.firstChild);
      }
      defs.appendChild(copy);
      for (const ref of referencedIds(copy)) next.add(ref);
    }
    pending = next;
  }
}

/**
 * The plot as markup for `frameSvg`: a <g> holding the clone's content with the root's drawing
 * properties, and the plot's coordinate box. Synchronous: the DOM cannot change mid-capture.
 */
export function capturePlot(svg: SVGSVGElement, shaper: TextShaper | undefined, resolve: ColorResolver, options: { dropOptional?: boolean } = {}): PlotMarkup {
  return whileRendered(svg, () => {
    const viewBox = viewBoxOf(svg);
    const overflow = getComputedStyle(svg).overflow === 'visible';
    const clone = svg.cloneNode(true) as SVGSVGElement;
    const out: Walk = { dropOptional: options.dropOptional === true, pairs: new Map(), texts: [], drop: [] };
    walk(svg, clone, undefined, resolve, out);
    const textSize = median(out.texts.map(([live]) => parseFloat(getComputedStyle(live).fontSize)).filter((v) => v > 0));
    for (const [live, copy] of out.texts) {
      if (!clone.contains(copy) || out.drop.some((d) => d.contains(copy))) continue;
      try {
        if (shaper) textToPaths(live, copy, out.pairs, shaper);
        else keepAsText(live, copy);
      } catch {
        // Text that is not laid out (inside <defs>) has no extents: it stays text.
        keepAsText(undefined, copy);
      }
    }
    for (const el of out.drop) el.remove();
    adoptExternalDefs(clone, resolve);

    const group = clone.ownerDocument.createElementNS(SVG_NS, 'g');
    for (const name of clone.getAttributeNames()) if (!ROOT_ONLY.has(name)) group.setAttribute(name, clone.getAttribute(name) ?? '');
    group.setAttribute('font-family', FONT_STACK);
    while (clone.firstChild) group.appendChild(clone.firstChild);
    return { markup: new XMLSerializer().serializeToString(group), viewBox, overflow, textSize };
  });
}

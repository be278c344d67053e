/**
 * How an embed page (`/embed/<id>/`, `/embed/map/`) is shown on a slide of the briefing
 * (components/present): `layout=slide` lays the chart or the map out to fill a 16:9 frame with
 * type sized to the frame's height, and `theme=<light|dark|projector>` is the deck's theme, which
 * may differ from the one the reader chose for the site. Both are read by a small script that runs
 * while the page is parsed, so the first paint is already right. Pure.
 */
import { THEMES, type Theme } from '@/components/shell/theme';
import type { SiteLocale } from '@/lib/messages/locales';
import { paths } from '@/lib/paths';

export const EMBED_LAYOUT_PARAM = 'layout';
export const EMBED_THEME_PARAM = 'theme';
/** The value of `layout` that asks for the slide layout. */
export const SLIDE_LAYOUT = 'slide';
/** The attribute the script sets on <html>; the embed pages' CSS keys on it. */
export const EMBED_LAYOUT_ATTRIBUTE = 'data-embed-layout';
/** The embed of the map, beside the charts' `/embed/<id>/`; also its `chart` in messages. */
export const MAP_EMBED_ID = 'map';

/** Parameters only the slide layout uses: never part of a view's own query. */
export const EMBED_ONLY_PARAMS: readonly string[] = [EMBED_LAYOUT_PARAM, EMBED_THEME_PARAM];

/**
 * The address of a chart (`id`: its `/embed/<id>/slide/`, drawn at the layout that suits a slide)
 * or of the map (`MAP_EMBED_ID`: `/embed/map/`) as a slide shows it: the view's own query
 * (`year=2017&layers=members`), then the slide layout and the deck's theme; in the deck's language
 * (`/ru/embed/map/`).
 */
export function slideEmbedSrc(id: string, query: string, theme: Theme, locale: SiteLocale): string {
  const params = new URLSearchParams(query);
  for (const key of EMBED_ONLY_PARAMS) params.delete(key);
  params.set(EMBED_LAYOUT_PARAM, SLIDE_LAYOUT);
  params.set(EMBED_THEME_PARAM, theme);
  const options = { locale, query: params.toString().replace(/%2C/gi, ',') };
  return id === MAP_EMBED_ID ? paths.embedMap(options) : paths.embedSlide(id, options);
}

/** Whether this document is a slide's frame (read on the client, after the script has run). */
export function isSlideLayout(): boolean {
  return typeof document !== 'undefined' && document.documentElement.getAttribute(EMBED_LAYOUT_ATTRIBUTE) === SLIDE_LAYOUT;
}

/**
 * The root font size on a slide, as a share of the frame's height: the frame's `rem`s follow the
 * screen. A chart's frame is the whole slide and its small text (0.875rem: legend, source line,
 * as-of) is 1/29 of it, above the 1/30 a room needs; the map's controls and legend are smaller
 * (1/34 of the map's frame), as the map needs the room.
 */
export const SLIDE_ROOT_FONT = { chart: 'calc(100vh / 29 / 0.875)', map: 'calc(100vh / 34)' } as const;

/**
 * Runs in the embed page before its content paints: applies `theme` (when it is one of ours) and
 * the slide layout (its root font size, `rootFont`); on a slide, links open in a new tab rather
 * than replacing the deck. Must not throw.
 */
export function embedPrepaintScript(rootFont: string): string {
  return `(function(){try{var q=new URLSearchParams(location.search),d=document.documentElement,t=q.get(${JSON.stringify(
    EMBED_THEME_PARAM,
  )});if(${JSON.stringify(THEMES)}.indexOf(t)>=0)d.setAttribute('data-theme',t);if(q.get(${JSON.stringify(EMBED_LAYOUT_PARAM)})===${JSON.stringify(
    SLIDE_LAYOUT,
  )}){d.setAttribute(${JSON.stringify(EMBED_LAYOUT_ATTRIBUTE)},${JSON.stringify(SLIDE_LAYOUT)});d.style.fontSize=${JSON.stringify(
    rootFont,
  )};var b=document.querySelector('base');if(b)b.target='_blank'}}catch(e){}})();`;
}

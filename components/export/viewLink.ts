/**
 * The link an export prints: the frame's view URL on this site's origin, carrying the query the
 * view depends on (year, layers…), so a reader of the slide can open the same view.
 */

export interface ViewLink {
  /** As drawn: no protocol ("atlas.example.org/charts/terrorism-2020/"). */
  text: string;
  href: string;
}

/**
 * `frameUrl` is site-relative (`/charts/terrorism-2020/`). `linkParams` names the current page's
 * query parameters to carry over; without it, a link to the page itself carries its whole query
 * (the map's year and layers). Parameters already in `frameUrl` win.
 */
export function viewLink(frameUrl: string, current: URL, linkParams?: readonly string[]): ViewLink {
  const url = new URL(frameUrl, current.origin);
  const keys = linkParams ?? (url.pathname === current.pathname ? [...new Set(current.searchParams.keys())] : []);
  for (const key of keys) {
    const value = current.searchParams.get(key);
    if (value !== null && value !== '' && !url.searchParams.has(key)) url.searchParams.set(key, value);
  }
  url.hash = '';
  const href = url.toString();
  return { href, text: href.replace(/^https?:\/\//, '') };
}

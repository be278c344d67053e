/**
 * Broken links: every internal link, asset and `#anchor` on every built page resolves to a file
 * in out/ and, for an anchor, to an element with that id on the page it points to. Reads out/
 * directly (no browser), so it runs in a second.
 */
import { readFileSync } from 'node:fs';
import { fileForPath, isExternal, pageRefs, type PageRefs } from './support/links';
import { builtPages, OUT_DIR } from './support/routes';
import { expect, test } from './support/test';

const ORIGIN = 'http://site.invalid';

test('every internal link and anchor on every built page resolves', () => {
  const pages = builtPages();
  if (pages.length === 0) {
    console.log(`links.spec: ${OUT_DIR} has no pages; build the site first (npm run build).`);
    test.skip(true, 'out/ is absent: nothing to crawl');
    return;
  }
  const refsOf = new Map<string, PageRefs>();
  const refs = (file: string) => {
    let r = refsOf.get(file);
    if (!r) {
      r = pageRefs(readFileSync(file, 'utf8'));
      refsOf.set(file, r);
    }
    return r;
  };

  const broken: string[] = [];
  let checked = 0;
  let anchors = 0;
  for (const { file, route } of pages) {
    for (const href of new Set(refs(file).links)) {
      if (href === '' || isExternal(href)) continue;
      const url = new URL(href, `${ORIGIN}${route}`);
      if (url.origin !== ORIGIN) {
        broken.push(`${route}: "${href}" is not a link to a page (${url.protocol})`);
        continue;
      }
      checked++;
      const target = fileForPath(OUT_DIR, url.pathname);
      if (!target) {
        broken.push(`${route}: "${href}" → no built file for ${url.pathname}`);
        continue;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      if (id === '') continue;
      anchors++;
      if (!target.endsWith('.html')) broken.push(`${route}: "${href}" → #${id} on a file that is not a page`);
      else if (!refs(target).ids.has(id)) broken.push(`${route}: "${href}" → no element with id "${id}" on ${url.pathname}`);
    }
  }
  console.log(`links.spec: ${pages.length} pages, ${checked} internal links, ${anchors} with an anchor.`);
  expect(broken).toEqual([]);
  // A crawl that found nothing to check proves nothing.
  expect(checked).toBeGreaterThan(pages.length);
  expect(anchors).toBeGreaterThan(0);
});

import { describe, expect, it } from 'vitest';
import { paintFirst } from '../lib/paintFirst';
import { htmlFileFor, loaderPageData, scriptUrls } from './bundle';

describe('scriptUrls', () => {
  it('counts the scripts a modern browser loads and skips nomodule polyfills', () => {
    const html =
      '<script src="/_next/static/chunks/a.js" async=""></script>' +
      '<script src="/_next/static/chunks/polyfill.js" noModule=""></script>' +
      '<link rel="modulepreload" href="/_next/static/chunks/b.js"/>' +
      '<script src="https://elsewhere.example/x.js"></script>';
    expect(scriptUrls(html)).toEqual(['/_next/static/chunks/a.js', '/_next/static/chunks/b.js']);
  });

  it('counts the scripts a page loads after its first paint as first-load JS too', () => {
    const page =
      '<html><head><script src="/_next/static/chunks/a.js" async=""></script></head>' +
      '<body><p>Text</p><script src="/_next/static/chunks/b.js" async=""></script></body></html>';
    expect(scriptUrls(paintFirst(page).html)).toEqual(['/_next/static/chunks/a.js', '/_next/static/chunks/b.js']);
  });
});

describe('loaderPageData', () => {
  const page = '<html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><p>Text</p></body></html>';

  it('names the React data file the loader fetches after the first paint, which is not a script', () => {
    const html = paintFirst(page, '/charts/index.txt').html;
    expect(loaderPageData(html)).toBe('/charts/index.txt');
    expect(scriptUrls(html)).toEqual(['/_next/static/chunks/a.js']);
  });

  it('names none when the page keeps its data inline', () => {
    expect(loaderPageData(paintFirst(page).html)).toBeNull();
  });
});

describe('htmlFileFor', () => {
  it('maps routes to the prerendered files of a trailing-slash export', () => {
    expect(htmlFileFor('/')).toBe('index.html');
    expect(htmlFileFor('/charts/membership')).toBe('charts/membership/index.html');
  });
});

import { describe, expect, it } from 'vitest';
import { hashSource } from './csp';
import { framingFor, pagePolicyRules, serveConfig } from './serveConfig';

const page = (path: string, html: string) => ({ path, html });

describe('pagePolicyRules', () => {
  const pages = [
    page('index.html', '<script>home()</script><style>.a{}</style><b style="color:red">x</b>'),
    page('charts/index.html', '<script>charts()</script><style>.b{}</style>'),
    page('embed/map/index.html', '<script>map()</script>'),
  ];
  const rules = pagePolicyRules(pages);
  const policy = (i: number) => rules[i]?.headers[0]?.value ?? '';

  it('allows each page its own scripts only', () => {
    expect(policy(0)).toContain(hashSource('home()'));
    expect(policy(0)).not.toContain(hashSource('charts()'));
    expect(policy(1)).toContain(hashSource('charts()'));
  });

  it("allows a page its own inline styles, not another page's", () => {
    expect(policy(0)).toContain(hashSource('.a{}'));
    expect(policy(0)).not.toContain(hashSource('.b{}'));
    expect(policy(1)).toContain(hashSource('.b{}'));
    expect(policy(2)).not.toContain(hashSource('.a{}'));
  });

  it('allows every page each stylesheet some page inlines, as React inserts it on a navigation', () => {
    const built = [
      page('index.html', '<style data-href="/_next/a.css /_next/b.css">.a{}.b{}</style>'),
      page('data/index.html', '<style data-href="/_next/a.css /_next/c.css">.a{}.c{}</style>'),
    ];
    const sheets = ['a', 'b', 'c', 'lazy'].map((n) => ({ href: `/_next/${n}.css`, text: `.${n}{}` }));
    const [home, data] = pagePolicyRules(built, sheets).map((r) => r.headers[0]?.value ?? '');
    for (const n of ['a', 'b', 'c']) {
      expect(home).toContain(hashSource(`.${n}{}`));
      expect(data).toContain(hashSource(`.${n}{}`));
    }
    // Merged text of the other page, and a stylesheet only ever loaded by a link ('self').
    expect(home).not.toContain(hashSource('.a{}.c{}'));
    expect(home).not.toContain(hashSource('.lazy{}'));
  });

  it("allows a page's own style attributes with unsafe-hashes", () => {
    expect(policy(0)).toContain(`'unsafe-hashes'`);
    expect(policy(0)).toContain(hashSource('color:red'));
    expect(policy(1)).not.toContain(`'unsafe-hashes'`);
  });

  it('lets only the embeds be framed, by the site itself', () => {
    expect(policy(2)).toContain("frame-ancestors 'self'");
    expect(policy(0)).toContain("frame-ancestors 'none'");
    expect(framingFor('embedded/index.html')).toBe('none');
  });

  it('lets the Russian and Chinese embeds be framed too, and nothing else of those languages', () => {
    expect(framingFor('ru/embed/membership/index.html')).toBe('self');
    expect(framingFor('zh/embed/map/index.html')).toBe('self');
    expect(framingFor('ru/index.html')).toBe('none');
    expect(framingFor('zh/present/index.html')).toBe('none');
    expect(framingFor('de/embed/map/index.html')).toBe('none');
  });

  it('matches each page by its literal path and refuses a path with glob characters', () => {
    expect(rules.map((r) => r.source)).toEqual(['index.html', 'charts/index.html', 'embed/map/index.html']);
    expect(() => pagePolicyRules([page('a/[id]/index.html', '')])).toThrow(/a\/\[id\]\/index.html/);
  });
});

describe('serveConfig', () => {
  it("puts the pages' rules after the base rules, so they override the default policy", () => {
    const config = serveConfig({ cleanUrls: true, headers: [{ source: '**/*', headers: [{ key: 'X', value: '1' }] }] }, [page('index.html', '')]);
    expect(config.cleanUrls).toBe(true);
    expect(config.headers?.map((h) => h.source)).toEqual(['**/*', 'index.html']);
  });
});

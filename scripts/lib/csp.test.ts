import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPolicy, decodeEntities, hashSource, hashSources, inlineSources, NO_INLINE_POLICY, unhashableCode } from './csp';

describe('inlineSources', () => {
  it('finds inline scripts and styles, and leaves out external and data scripts', () => {
    const html =
      '<html><head><script>a()</script><script src="/x.js" async=""></script><script type="application/json">{"x":1}</script>' +
      '<style>body{color:red}</style></head><body><script type="module">b()</script><script id="l" data-scripts="/a.js">c()</script></body></html>';
    expect(inlineSources(html)).toEqual({ scripts: ['a()', 'b()', 'c()'], styles: ['body{color:red}'], styleHrefs: [], styleAttributes: [] });
  });

  it("names the stylesheets Next merged into an inline style (its data-href)", () => {
    const html = '<style data-precedence="next" data-href="/_next/a.css /_next/b.css">.a{}.b{}</style><style>.c{}</style>';
    expect(inlineSources(html).styleHrefs).toEqual(['/_next/a.css', '/_next/b.css']);
  });

  it('reads style attributes with entities decoded, as the browser hashes them', () => {
    const html = `<div style="font-family:&quot;Inter&quot;;--x:1"><svg><rect style='fill:red'/></svg><p data-style="no">x</p></div>`;
    expect(inlineSources(html).styleAttributes).toEqual(['font-family:"Inter";--x:1', 'fill:red']);
  });

  it('does not take text inside a script for a style attribute', () => {
    expect(inlineSources('<script>document.write(\'<b style="x">\')</script>').styleAttributes).toEqual([]);
  });

  it('keeps script text byte for byte (no entity decoding, multi-line)', () => {
    const body = 'self.__next_f.push([1,"a &amp; <\\/b>\\n"])\n';
    expect(inlineSources(`<script>${body}</script>`).scripts).toEqual([body]);
  });
});

describe('unhashableCode', () => {
  it('finds event-handler attributes and javascript: URLs, not text that looks like them', () => {
    expect(unhashableCode('<img src="a.png" onerror="x()"><a href="javascript:void 0">a</a><p>onclick=x</p><b data-on="1">')).toEqual(['onerror', 'javascript: URL']);
    expect(unhashableCode('<script>el.onclick = f; "<a onclick=x>"</script><button type="button">ok</button>')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric references', () => {
    expect(decodeEntities('&lt;&gt;&amp;&quot;&#39;&#x41;&#66;')).toBe(`<>&"'AB`);
  });
});

describe('hashSource', () => {
  it('is the base64 SHA-256 of the UTF-8 text, as CSP expects', () => {
    const text = 'alert("é")';
    expect(hashSource(text)).toBe(`'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`);
    // The known value for the empty string.
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  it('lists each hash once, sorted', () => {
    expect(hashSources(['b', 'a', 'b'])).toEqual([hashSource('a'), hashSource('b')].sort());
  });
});

describe('buildPolicy', () => {
  const policy = buildPolicy({ scriptHashes: ["'sha256-s'"], styleHashes: ["'sha256-t'"], styleAttributeHashes: ["'sha256-u'"], framing: 'self' });

  it('allows hashed scripts and styles and never unsafe-inline', () => {
    expect(policy).toContain("script-src 'self' 'sha256-s';");
    expect(policy).toContain("style-src 'self' 'unsafe-hashes' 'sha256-t' 'sha256-u';");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("frame-ancestors 'self'");
  });

  it('needs no unsafe-hashes when a page has no style attribute', () => {
    expect(buildPolicy({ scriptHashes: [], styleHashes: [], styleAttributeHashes: [], framing: 'none' })).toBe(NO_INLINE_POLICY);
    expect(NO_INLINE_POLICY).not.toContain('unsafe-hashes');
  });

  it('is the default policy of the checked-in serve.json', () => {
    const serve = JSON.parse(readFileSync(join(__dirname, '..', '..', 'serve.json'), 'utf8')) as { headers: { source: string; headers: { key: string; value: string }[] }[] };
    const all = serve.headers.find((h) => h.source === '**/*');
    expect(all?.headers.find((h) => h.key === 'Content-Security-Policy')?.value).toBe(NO_INLINE_POLICY);
  });
});

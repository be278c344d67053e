// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  experimental: {
    // Two root layouts (English at the root, app/[lang] for Russian and Chinese): the not-found page
    // is a document of its own, app/global-not-found.tsx.
    globalNotFound: true,
    inlineCss: true,
    // Turbopack's cost-based CSS grouping, with a request costing nothing: every page's CSS is inlined,
    // so no grouping saves a request, and each page carries only the styles of what it shows (`/` 59 →
    // 34 KB, the not-found page 32 → 16 KB) instead of chunks shared with the deck's and the data pages'
    // styles. e2e/shell.spec.ts ("styles") checks both the served CSS and pages reached by a link.
    cssChunking: { type: 'graph', requestCost: 0 },
  },
  turbopack: {
    resolveAlias: {
      // JSZip (loaded with the PowerPoint export) as its self-contained browser build. Its lib/ sources
      // pull Node's stream and util polyfills, whose generator check calls `Function(...)`: the strict
      // Content-Security-Policy refuses that and reports it (e2e/presentPptx.spec.ts under the guard).
      jszip: 'jszip/dist/jszip.min.js',
    },
  },
};

module.exports = nextConfig;

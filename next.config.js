// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  // Two root layouts (English at the root, app/[lang] for Russian and Chinese): the not-found page
  // is a document of its own, app/global-not-found.tsx.
  experimental: { inlineCss: true, globalNotFound: true },
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

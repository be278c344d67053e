'use client';

/**
 * Recharts' shape primitives, as a client module, so the charts' server components can draw their
 * marks with them: `Rectangle` (bars, lanes, stacks), `Curve` (the membership step lines),
 * `Symbols` and `Dot` (points and rings). d3 still computes every scale and position; these get
 * plain numbers, strings and arrays of `{ x, y }` (serialisable props) and draw the SVG.
 *
 * Why a `'use client'` module: loading these shapes calls `createContext` (Recharts' theme and
 * chart-layout contexts), which the `react-server` build of React that server components run on
 * does not export, so a server component cannot import them directly. Recharts' chart containers
 * (`BarChart`, `LineChart`, …) are no way round it: they render an empty `div` on the server
 * (https://github.com/recharts/recharts/issues/5997). Client components are still rendered on the
 * server with the full React build, so these marks are in the prerendered HTML at their final
 * place (no empty box, no layout shift); the browser hydrates them. Cost: about 16 kB gzip of
 * client JavaScript on every page that shows a chart.
 *
 * No animation: `Rectangle` is always given `isAnimationActive={false}` and
 * `isUpdateAnimationActive={false}` (its defaults too); the others do not animate.
 */
export { Curve, Dot, Layer, Rectangle, Symbols } from 'recharts';

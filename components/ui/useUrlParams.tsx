'use client';
/**
 * The URL's query for a component that is prerendered and must hydrate in place.
 *
 * `useSearchParams()` cannot be read while a static page is built, so a component that calls it
 * is built as its `<Suspense>` fallback and **rendered again from scratch in the browser**
 * (`<!--$!-->` in the HTML): for a chart's body that was ~1,300 new SVG and table nodes in one
 * synchronous task while the page hydrated (~130 ms on this machine, ~500 ms on a throttled
 * phone). Here the reading is done by a reader that renders nothing, in a `<Suspense>` of its
 * own; the component renders as built (the query is `null` while it hydrates) and takes the
 * query from the reader right after, before the browser paints, and whenever it changes (a
 * link, Back, Forward).
 *
 *   const [params, urlReader] = useUrlParams();
 *   return <>{urlReader}<Chart year={params ? yearFrom(params) : latest} /></>;
 */
import { useSearchParams, type ReadonlyURLSearchParams } from 'next/navigation';
import { memo, Suspense, useLayoutEffect, useState, type ReactNode } from 'react';

/** Hands the URL's query to its owner, now and whenever it changes. */
const UrlParamsReader = memo(function UrlParamsReader({ onChange }: { onChange: (params: ReadonlyURLSearchParams) => void }) {
  const params = useSearchParams();
  useLayoutEffect(() => onChange(params), [params, onChange]);
  return null;
});

/**
 * The URL's query (`null` while the page hydrates) and the reader element to render anywhere in
 * the component's output (it renders nothing).
 */
export function useUrlParams(): [ReadonlyURLSearchParams | null, ReactNode] {
  const [params, setParams] = useState<ReadonlyURLSearchParams | null>(null);
  const reader = (
    <Suspense fallback={null}>
      <UrlParamsReader onChange={setParams} />
    </Suspense>
  );
  return [params, reader];
}

'use client';
import Link from '@/components/ui/Link';
import { useUrlParams } from '@/components/ui/useUrlParams';

/**
 * The frame's link to this view, carrying the URL parameters the view depends on (e.g. `year`):
 * built as the plain link, the parameters added once the page has read its URL.
 */
export function ViewLink({ href, params, text, className }: { href: string; params: readonly string[]; text: string; className?: string }) {
  const [search, urlReader] = useUrlParams();
  const url = new URL(href, 'http://local');
  for (const key of params) {
    const value = search?.get(key) ?? null;
    if (value !== null && value !== '') url.searchParams.set(key, value);
  }
  return (
    <>
      <Link href={`${url.pathname}${url.search}`} className={className}>
        {text}
      </Link>
      {urlReader}
    </>
  );
}

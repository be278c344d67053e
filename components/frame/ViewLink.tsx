'use client';
import Link from '@/components/ui/Link';
import { useSearchParams } from 'next/navigation';

/** The frame's link to this view, carrying the URL parameters the view depends on (e.g. `year`). */
export function ViewLink({ href, params, text, className }: { href: string; params: readonly string[]; text: string; className?: string }) {
  const search = useSearchParams();
  const url = new URL(href, 'http://local');
  for (const key of params) {
    const value = search.get(key);
    if (value !== null && value !== '') url.searchParams.set(key, value);
  }
  return (
    <Link href={`${url.pathname}${url.search}`} className={className}>
      {text}
    </Link>
  );
}

import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * The site's internal link: next/link with viewport prefetching off by default. Prefetching
 * preloads every linked route's CSS, which the browser then reports as "preloaded but not used"
 * on each page; our pages are small static files that load fast on click anyway.
 */
export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}

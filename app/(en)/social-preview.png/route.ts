/**
 * `/social-preview.png`: the English pages' social preview (views/socialPreview.tsx), written at
 * build time; views/metadata.ts names it in each page's Open Graph and Twitter tags. A route with
 * a file name rather than Next's `opengraph-image` convention, whose extensionless address the
 * static server redirected to a folder that is not there.
 */
import { socialPreview } from '@/views/socialPreview';

export const dynamic = 'force-static';

export function GET(): Promise<Response> {
  return socialPreview('en');
}

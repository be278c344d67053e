import type { Metadata } from 'next';
import { sourcesMetadata, SourcesView } from '@/views/sources/SourcesView';

/** The page itself is views/sources/SourcesView.tsx; this route renders it in English, at the site's root. */
export const metadata: Metadata = sourcesMetadata('en');

export default function Page() {
  return <SourcesView locale="en" />;
}

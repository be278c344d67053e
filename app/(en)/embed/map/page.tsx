import type { Metadata } from 'next';
import { embedMapMetadata, EmbedMapView } from '@/views/embed/EmbedMapView';

/** The page itself is views/embed/EmbedMapView.tsx; this route renders it in English, at the site's root. */
export const metadata: Metadata = embedMapMetadata('en');

export default function Page() {
  return <EmbedMapView locale="en" />;
}

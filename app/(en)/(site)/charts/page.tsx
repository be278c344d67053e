import type { Metadata } from 'next';
import { chartsIndexMetadata, ChartsIndexView } from '@/views/ChartsIndexView';

/** The page itself is views/ChartsIndexView.tsx; this route renders it in English, at the site's root. */
export const metadata: Metadata = chartsIndexMetadata('en');

export default function Page() {
  return <ChartsIndexView locale="en" />;
}

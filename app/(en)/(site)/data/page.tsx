import type { Metadata } from 'next';
import { dataIndexMetadata, DataIndexView } from '@/views/data/DataIndexView';

/** The page itself is views/data/DataIndexView.tsx; this route renders it in English, at the site's root. */
export const metadata: Metadata = dataIndexMetadata('en');

export default function Page() {
  return <DataIndexView locale="en" />;
}

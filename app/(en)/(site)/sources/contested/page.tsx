import type { Metadata } from 'next';
import { contestedMetadata, ContestedView } from '@/views/sources/contested/ContestedView';

/** The page itself is views/sources/contested/ContestedView.tsx; this route renders it in English, at the site's root. */
export const metadata: Metadata = contestedMetadata('en');

export default function Page() {
  return <ContestedView locale="en" />;
}

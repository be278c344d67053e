import type { Metadata } from 'next';
import { presenterMetadata, PresenterView } from '@/views/present/PresenterView';

/** The page itself is views/present/PresenterView.tsx; this route renders it in English, at the site's root. */
export const metadata: Metadata = presenterMetadata('en');

export default function Page() {
  return <PresenterView locale="en" />;
}

import type { Metadata } from 'next';
import { presentMetadata, PresentView } from '@/views/present/PresentView';

/** The page itself is views/present/PresentView.tsx; this route renders it in English, at the site's root. */
export const metadata: Metadata = presentMetadata('en');

export default function Page() {
  return <PresentView locale="en" />;
}

import type { Metadata } from 'next';
import { presentEditMetadata, PresentEditView } from '@/views/present/PresentEditView';

/** The page itself is views/present/PresentEditView.tsx; this route renders it in English, at the site's root. */
export const metadata: Metadata = presentEditMetadata('en');

export default function Page() {
  return <PresentEditView locale="en" />;
}

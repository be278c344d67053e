import type { ReactNode } from 'react';
import { RootDocument } from '@/components/shell/RootDocument';
import { rootMetadata, rootViewport } from '@/views/metadata';
import '../globals.css';

/** English pages, at the site's root. Russian and Chinese: app/[lang]/layout.tsx. */
export const metadata = rootMetadata('en');
export const viewport = rootViewport;

export default function EnglishRootLayout({ children }: { children: ReactNode }) {
  return <RootDocument locale="en">{children}</RootDocument>;
}

import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { RootDocument } from '@/components/shell/RootDocument';
import { rootMetadata, rootViewport } from '@/views/metadata';
import { prefixedLocaleParams, routeLocale } from '@/views/routeLocale';
import '../globals.css';

/** Russian (`/ru/…`) and Chinese (`/zh/…`) pages: every page of the site, built for each. */
export const generateStaticParams = prefixedLocaleParams;
export const dynamicParams = false;
export const viewport = rootViewport;

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return rootMetadata(await routeLocale(params));
}

export default async function LocaleRootLayout({ children, params }: Props & { children: ReactNode }) {
  return <RootDocument locale={await routeLocale(params)}>{children}</RootDocument>;
}

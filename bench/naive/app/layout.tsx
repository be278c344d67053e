import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: 'SCO Security Atlas (naive baseline)',
  description: 'The same dashboard built the obvious way, for npm run bench.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">SCO Security Atlas</header>
        <main>{children}</main>
        <footer className="site-footer">Naive baseline for the benchmark: not the site.</footer>
      </body>
    </html>
  );
}

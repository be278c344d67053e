'use client';
/** The header's links, with aria-current="page" on the page being shown. */
import Link from '@/components/ui/Link';
import { usePathname } from 'next/navigation';
import styles from './SiteHeader.module.css';
import { isCurrent } from './nav';

export interface NavLink {
  href: string;
  label: string;
}

export function NavLinks({ label, links }: { label: string; links: readonly NavLink[] }) {
  const pathname = usePathname() ?? '/';
  return (
    <nav aria-label={label} className={styles.nav}>
      <ul className={styles.navList}>
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className={styles.navLink} aria-current={isCurrent(link.href, pathname) ? 'page' : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

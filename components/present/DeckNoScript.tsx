/**
 * The deck's pages without JavaScript: the deck cannot move, the presenter view cannot follow it
 * and the editor cannot edit, so say so at the top and link to the pages that work without it
 * (the map's outline, the charts and their tables, the data). Nothing is rendered with JavaScript on.
 */
import Link from '@/components/ui/Link';
import { messages, type Locale } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import styles from './DeckNoScript.module.css';

export function DeckNoScript({ locale }: { locale: Locale }) {
  const t = messages(locale);
  const links = [
    { href: paths.home({ locale }), label: t.shell.nav.dashboard },
    { href: paths.charts({ locale }), label: t.shell.nav.charts },
    { href: paths.data({ locale }), label: t.shell.nav.data },
  ];
  return (
    <noscript>
      <div className={styles.noScript} role="note">
        <p>{t.present.noScript.text}</p>
        <ul>
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href}>{l.label}</Link>
            </li>
          ))}
        </ul>
      </div>
    </noscript>
  );
}

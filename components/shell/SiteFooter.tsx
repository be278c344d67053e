/** The footer on every page: how current the data is, and how to read the map's boundaries. */
import Link from '@/components/ui/Link';
import { DATA_AS_OF } from '@/data/meta';
import { formatPartialDate } from '@/lib/format';
import { messages, type Locale } from '@/lib/i18n';
import styles from './SiteFooter.module.css';
import { paths } from '@/lib/paths';

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = messages(locale).shell;
  const [before = '', after = ''] = t.footer.asOf.split('{date}');
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <p className={styles.asOf}>
          {before}
          <time dateTime={DATA_AS_OF}>{formatPartialDate(DATA_AS_OF, locale)}</time>
          {after}
        </p>
        <section className={styles.boundaries} aria-labelledby="footer-boundaries">
          <h2 id="footer-boundaries" className={styles.heading}>
            {t.footer.boundariesTitle}
          </h2>
          <p>{t.footer.boundaries}</p>
        </section>
        <ul className={styles.links} data-print="hide">
          <li>
            <Link href={paths.sources({ locale })}>{t.footer.sourcesLink}</Link>
          </li>
          <li>
            <Link href={paths.data({ locale })}>{t.footer.dataLink}</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}

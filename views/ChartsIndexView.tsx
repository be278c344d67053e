import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { chartListing } from '@/components/charts/chartWords';
import { messages, type Locale } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import styles from './charts.module.css';
import { pageMetadata } from './metadata';

export function chartsIndexMetadata(locale: Locale): Metadata {
  const t = messages(locale).charts.indexPage;
  return pageMetadata(locale, (o) => paths.charts(o), { title: t.title, description: t.metaDescription });
}

/**
 * /charts: a card per chart saying what it shows, linking to its own page. The charts are drawn
 * on their pages only: five drawn here made a 1 MB page that a phone took seconds to make usable.
 */
export function ChartsIndexView({ locale }: { locale: Locale }) {
  const t = messages(locale).charts.indexPage;
  const entries = chartListing(locale);
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>{t.title}</h1>
      <p className={styles.intro}>{t.intro}</p>
      <nav aria-labelledby="charts-contents">
        <h2 id="charts-contents" className={styles.contentsTitle}>
          {t.contents}
        </h2>
        <ul className={styles.contents}>
          {entries.map((e) => (
            <li key={e.id} className={styles.card}>
              <h3 className={styles.cardTitle}>
                <Link href={paths.chart(e.id, { locale })}>{e.title}</Link>
              </h3>
              <p>{e.subtitle}</p>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}

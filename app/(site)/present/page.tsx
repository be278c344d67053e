import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { messages } from '@/lib/i18n';
import styles from './page.module.css';

const t = messages().shell.present;

export const metadata: Metadata = { title: t.title, description: t.intro };

/** Placeholder until briefing mode lands: says plainly what it will do and what works today. */
export default function PresentPage() {
  return (
    <div className="page">
      <p className={styles.status}>{t.status}</p>
      <h1>{t.title}</h1>
      <p className="lede">{t.intro}</p>
      <section aria-labelledby="present-planned" className={styles.section}>
        <h2 id="present-planned">{t.plannedTitle}</h2>
        <ul className={styles.list}>
          {t.planned.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="present-meanwhile" className={styles.section}>
        <h2 id="present-meanwhile">{t.meanwhileTitle}</h2>
        <p className="prose">{t.meanwhile}</p>
        <p>
          <Link href="/">{t.dashboardLink}</Link>
        </p>
      </section>
    </div>
  );
}

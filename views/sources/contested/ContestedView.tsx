import type { Metadata } from 'next';
import { DATASETS } from '@/data/registry';
import type { Source } from '@/data/schema';
import { sources } from '@/data/sources';
import { contestedFigures } from '@/lib/citations';
import { messages, type Locale } from '@/lib/i18n';
import { quoteWords } from '../quoteWords';
import { ContestedFigureEntry } from './ContestedFigureEntry';
import styles from './contested.module.css';
import { paths } from '@/lib/paths';
import { pageMetadata } from '../../metadata';

export function contestedMetadata(locale: Locale): Metadata {
  const p = messages(locale).data.sourcesPage;
  return pageMetadata(locale, (o) => paths.contested(o), { title: p.contested, description: p.contestedIntro });
}

/** Every contested figure with every claim and its source; /sources lists them by name and links here. */
export function ContestedView({ locale }: { locale: Locale }) {
  const p = messages(locale).data.sourcesPage;
  const contested = contestedFigures(DATASETS, locale);
  const quote = quoteWords(locale);
  const byId = new Map<string, Source>(sources.map((s) => [s.id, s]));
  return (
    <div className="page">
      <p className={styles.back}>
        <a href={paths.sources({ locale })}>{p.backToSources}</a>
      </p>
      <h1>{p.contested}</h1>
      <p className="lede">{p.contestedIntro}</p>
      {contested.length === 0 ? (
        <p className="muted">{p.contestedNone}</p>
      ) : (
        <div className={styles.contestedList}>
          {contested.map((f) => (
            <ContestedFigureEntry locale={locale} key={f.id} figure={f} sources={byId} quote={quote} />
          ))}
        </div>
      )}
    </div>
  );
}

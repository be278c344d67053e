import type { Metadata } from 'next';
import { DATASETS } from '@/data/registry';
import type { Source } from '@/data/schema';
import { sources } from '@/data/sources';
import { contestedFigures } from '@/lib/citations';
import { messages } from '@/lib/i18n';
import { ContestedFigureEntry } from './ContestedFigureEntry';
import styles from './page.module.css';
import { paths } from '@/lib/paths';

const p = messages().data.sourcesPage;

export const metadata: Metadata = { title: p.contested, description: p.contestedIntro };

/** Every contested figure with every claim and its source; /sources lists them by name and links here. */
export default function ContestedFiguresPage() {
  const contested = contestedFigures(DATASETS);
  const byId = new Map<string, Source>(sources.map((s) => [s.id, s]));
  return (
    <div className="page">
      <p className={styles.back}>
        <a href={paths.sources()}>{p.backToSources}</a>
      </p>
      <h1>{p.contested}</h1>
      <p className="lede">{p.contestedIntro}</p>
      {contested.length === 0 ? (
        <p className="muted">{p.contestedNone}</p>
      ) : (
        <div className={styles.contestedList}>
          {contested.map((f) => (
            <ContestedFigureEntry key={f.id} figure={f} sources={byId} />
          ))}
        </div>
      )}
    </div>
  );
}

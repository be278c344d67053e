import type { Metadata } from 'next';
import { DATASETS } from '@/data/registry';
import type { Source, SourceKind } from '@/data/schema';
import { SEED, sources } from '@/data/sources';
import { citationsBySource, contestedFigures } from '@/lib/citations';
import { format, messages } from '@/lib/i18n';
import { ContestedFigureEntry } from './ContestedFigureEntry';
import styles from './page.module.css';
import { SourceEntry } from './SourceEntry';

const t = messages().data;
const p = t.sourcesPage;

export const metadata: Metadata = { title: p.title, description: p.intro };

/** The bibliography's sections, in reading order. */
const KIND_ORDER: readonly SourceKind[] = ['article', 'official', 'news', 'reference', 'dataset'];

export default function SourcesPage() {
  const citations = citationsBySource(DATASETS);
  const contested = contestedFigures(DATASETS);
  const byId = new Map<string, Source>(sources.map((s) => [s.id, s]));
  const groups = KIND_ORDER.map((kind) => ({
    kind,
    // The article the atlas started from leads; the rest by title.
    items: sources
      .filter((s) => s.kind === kind)
      .sort((a, b) => Number(b.id === SEED) - Number(a.id === SEED) || a.title.localeCompare(b.title, 'en')),
  })).filter((g) => g.items.length > 0);

  return (
    <div className="page">
      <h1>{p.title}</h1>
      <p className="lede">{p.intro}</p>
      <nav aria-labelledby="sources-contents" className={styles.contents}>
        <h2 id="sources-contents" className={styles.contentsTitle}>
          {p.contents}
        </h2>
        <ul>
          <li>
            <a href="#bibliography">{p.bibliography}</a> <span className="muted">({format(p.count, { count: sources.length })})</span>
          </li>
          {groups.map((g) => (
            <li key={g.kind} className={styles.subItem}>
              <a href={`#kind-${g.kind}`}>{t.sourceKind[g.kind]}</a> <span className="muted">({g.items.length})</span>
            </li>
          ))}
          <li>
            <a href="#contested">{p.contested}</a> <span className="muted">({contested.length})</span>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="bibliography" className={styles.section}>
        <h2 id="bibliography">{p.bibliography}</h2>
        {groups.map((g) => (
          <section key={g.kind} aria-labelledby={`kind-${g.kind}`} className={styles.kindGroup}>
            <h3 id={`kind-${g.kind}`}>
              {t.sourceKind[g.kind]} <span className={styles.kindCount}>({g.items.length})</span>
            </h3>
            <div className={styles.sourceList}>
              {g.items.map((s) => (
                <SourceEntry key={s.id} source={s} citations={citations.get(s.id) ?? []} />
              ))}
            </div>
          </section>
        ))}
      </section>

      <section aria-labelledby="contested" className={styles.section}>
        <h2 id="contested">{p.contested}</h2>
        <p className="prose">{p.contestedIntro}</p>
        {contested.length === 0 ? (
          <p className="muted">{p.contestedNone}</p>
        ) : (
          <div className={styles.contestedList}>
            {contested.map((f) => (
              <ContestedFigureEntry key={f.id} figure={f} sources={byId} />
            ))}
          </div>
        )}
      </section>
    </div>
  );
}

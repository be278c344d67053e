import type { Metadata } from 'next';
import { DATASETS, type DatasetId } from '@/data/registry';
import type { SourceKind } from '@/data/schema';
import { SEED, sources } from '@/data/sources';
import { citationsBySource, contestedFigures } from '@/lib/citations';
import { format, messages, type Locale } from '@/lib/i18n';
import { compileMessages } from '@/lib/messages/compile.server';
import { LOCALE_TAGS } from '@/lib/messages/locales';
import { files, paths } from '@/lib/paths';
import { pageMetadata } from '../metadata';
import { CitationsSettingsProvider, type CitationsSettings } from './CitationsSettings';
import { ContestedFigureLabel } from './contested/figureLabel';
import { quoteWords } from './quoteWords';
import styles from './sources.module.css';
import { SourceEntry } from './SourceEntry';

export function sourcesMetadata(locale: Locale): Metadata {
  const p = messages(locale).data.sourcesPage;
  return pageMetadata(locale, (o) => paths.sources(o), { title: p.title, description: p.intro });
}

/** The bibliography's sections, in reading order. */
const KIND_ORDER: readonly SourceKind[] = ['article', 'official', 'news', 'reference', 'dataset'];

/** What every source's citations share, sent to the browser once. */
function citationsSettings(locale: Locale): CitationsSettings {
  const t = messages(locale).data;
  const p = t.sourcesPage;
  const datasets = Object.fromEntries(
    DATASETS.map((d) => [d.id, { title: t.datasets[d.id].title, href: paths.dataset(d.id, { locale }) }]),
  ) as Record<DatasetId, { title: string; href: string }>;
  const { citedByNone, citedByIn, citedByOneIn, citedByAcross, datasetShare, citationsInTables, citationsLoading, citationsError } = p;
  return {
    locale,
    datasets,
    citationsUrl: files.citations(locale),
    labels: { ...compileMessages({ citedByNone, citedByIn, citedByOneIn, citedByAcross, datasetShare }), citationsInTables, citationsLoading, citationsError },
    quote: quoteWords(locale),
  };
}

export function SourcesView({ locale }: { locale: Locale }) {
  const t = messages(locale).data;
  const p = t.sourcesPage;
  const citations = citationsBySource(DATASETS, locale);
  const contested = contestedFigures(DATASETS, locale);
  const collator = new Intl.Collator(LOCALE_TAGS[locale]);
  const groups = KIND_ORDER.map((kind) => ({
    kind,
    // The article the atlas started from leads; the rest by title, in the page language's collation.
    items: sources.filter((s) => s.kind === kind).sort((a, b) => Number(b.id === SEED) - Number(a.id === SEED) || collator.compare(a.title, b.title)),
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
            <a href="#bibliography">{p.bibliography}</a> <span className="muted">({format(p.count, { count: sources.length }, locale)})</span>
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
        <CitationsSettingsProvider value={citationsSettings(locale)}>
          {groups.map((g) => (
            <section key={g.kind} aria-labelledby={`kind-${g.kind}`} className={styles.kindGroup}>
              <h3 id={`kind-${g.kind}`}>
                {t.sourceKind[g.kind]} <span className={styles.kindCount}>({g.items.length})</span>
              </h3>
              <div className={styles.sourceList}>
                {g.items.map((s) => (
                  <SourceEntry locale={locale} key={s.id} source={s} citations={citations.get(s.id) ?? []} />
                ))}
              </div>
            </section>
          ))}
        </CitationsSettingsProvider>
      </section>

      <section aria-labelledby="contested" className={styles.section}>
        <h2 id="contested">{p.contested}</h2>
        <p className="prose">{p.contestedIntro}</p>
        {contested.length === 0 ? (
          <p className="muted">{p.contestedNone}</p>
        ) : (
          <>
            <p>
              <a href={paths.contested({ locale })}>{format(p.contestedAll, { count: contested.length }, locale)}</a>
            </p>
            <ul className={styles.contestedIndex} aria-label={p.contestedIndexLabel}>
              {contested.map((f) => (
                <li key={f.id}>
                  <a href={paths.contested({ locale, hash: f.id })}>
                    <ContestedFigureLabel figure={f} locale={locale} />
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}

/** One source in the bibliography: what it is, where to read it, and the figures that cite it. */
import type { DatasetId } from '@/data/registry';
import type { Source } from '@/data/schema';
import { recordHref, type Citation } from '@/lib/citations';
import { formatPartialDate } from '@/lib/format';
import { format, messages } from '@/lib/i18n';
import styles from './page.module.css';

/** Citation lists longer than this start folded. */
const OPEN_UP_TO = 6;

function groupByDataset(citations: readonly Citation[]): [DatasetId, Citation[]][] {
  const groups = new Map<DatasetId, Citation[]>();
  for (const c of citations) groups.set(c.datasetId, [...(groups.get(c.datasetId) ?? []), c]);
  return [...groups];
}

function CitationLine({ citation }: { citation: Citation }) {
  const t = messages().data.sourcesPage;
  return (
    <li className={styles.citation}>
      <a href={recordHref(citation.datasetId, citation.recordId)}>{citation.recordName}</a>
      <span className={styles.citationField}>
        {' · '}
        {citation.fieldLabel}
        {citation.detail ? `: ${citation.detail}` : null}
      </span>
      {citation.quote ? <q className={styles.quote}>{citation.quote}</q> : null}
      {citation.locator ? <span className={styles.locator}>{format(t.citationLocator, { locator: citation.locator })}</span> : null}
    </li>
  );
}

export function SourceEntry({ source, citations }: { source: Source; citations: readonly Citation[] }) {
  const t = messages().data;
  const p = t.sourcesPage;
  const headingId = `${source.id}-title`;
  const citedBy =
    citations.length === 0 ? p.citedByNone : citations.length === 1 ? p.citedByOne : format(p.citedBy, { count: citations.length });
  return (
    <article id={source.id} className={styles.source} aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.sourceTitle}>
        {source.title}
      </h4>
      <p className={styles.meta}>
        <span>{source.publisher}</span>
        <span>
          {source.date ? <time dateTime={source.date}>{formatPartialDate(source.date)}</time> : p.undated}
        </span>
        <span className={styles.kind}>{t.sourceKind[source.kind]}</span>
        <code className={styles.id}>{source.id}</code>
      </p>
      <p className={styles.description}>{source.description}</p>
      {source.url ? (
        <p className={styles.link}>
          <a href={source.url} rel="noreferrer">
            {p.open}
            <span className="visually-hidden">: {source.title}</span>
          </a>{' '}
          <span className={styles.url}>{source.url}</span>
        </p>
      ) : source.file ? (
        <p className={styles.link}>{format(p.fileLabel, { file: source.file })}</p>
      ) : null}
      {citations.length === 0 ? (
        <p className={styles.uncited}>{citedBy}</p>
      ) : (
        <details className={styles.citations} open={citations.length <= OPEN_UP_TO}>
          <summary>{citedBy}</summary>
          <ul className={styles.datasetList}>
            {groupByDataset(citations).map(([datasetId, list]) => (
              <li key={datasetId}>
                <span className={styles.datasetName}>{t.datasets[datasetId].title}</span>
                <ul className={styles.citationList}>
                  {list.map((c, i) => (
                    <CitationLine key={`${c.recordId}-${c.field}-${i}`} citation={c} />
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}

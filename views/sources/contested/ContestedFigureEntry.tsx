/** One contested figure: the records that disagree, each distinct claim with its source and quote. */
import type { Source } from '@/data/schema';
import type { ContestedFigure } from '@/lib/citations';
import { paths } from '@/lib/paths';
import { format, messages } from '@/lib/i18n';
import { QuoteLines } from '../QuoteLines';
import styles from './contested.module.css';
import type { Locale } from '@/lib/i18n';

export function ContestedFigureEntry({ figure, sources }: { locale: Locale; figure: ContestedFigure; sources: ReadonlyMap<string, Source> }) {
  const t = messages().data;
  const p = t.sourcesPage;
  const headingId = `${figure.id}-title`;
  const [first] = figure.records;
  if (!first) return null;
  const seen = new Set<string>();
  const claims = figure.records
    .flatMap((r) => r.claims)
    .filter((c) => {
      const key = `${c.field}|${c.value}|${c.source.sourceId}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const notes = [...new Set(figure.records.flatMap((r) => (r.note ? [r.note] : [])))];
  return (
    <article id={figure.id} className={styles.contestedFigure} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.contestedTitle}>
        {first.recordName}
        {first.detail ? <span className={styles.contestedDetail}> · {first.detail}</span> : null}
      </h2>
      <p className={styles.meta}>
        <span>{t.datasets[first.datasetId].title}</span>
        {figure.records.map((r) => (
          <a key={r.recordId + r.field} href={paths.record(r.datasetId, r.recordId)}>
            {r.recordId}
          </a>
        ))}
      </p>
      {figure.records.length > 1 ? (
        <p className={styles.linked}>{format(p.linkedWith, { records: figure.records.slice(1).map((r) => r.recordName).join('; ') })}</p>
      ) : null}
      <h3 className="visually-hidden">{p.claimsLabel}</h3>
      <ul className={styles.claims}>
        {/* Static lists: their position is their identity (keys built from the text would double it in the page's payload). */}
        {claims.map((c, i) => {
          const source = sources.get(c.source.sourceId);
          return (
            <li key={i} className={styles.claim}>
              <span className={styles.claimValue}>{c.value}</span>
              <span className={styles.claimField}>{c.field}</span>
              <span className={styles.claimSource}>
                <a href={paths.sources({ hash: c.source.sourceId })}>{source?.title ?? c.source.sourceId}</a>
                {source ? <span className={styles.claimPublisher}> · {source.publisher}</span> : null}
              </span>
              <QuoteLines quote={c.source.quote} locator={c.source.locator} locatorLabel={p.citationLocator} />
            </li>
          );
        })}
      </ul>
      {notes.map((n, i) => (
        <p key={i} className={styles.note}>
          {format(p.contestedNote, { note: n })}
        </p>
      ))}
    </article>
  );
}

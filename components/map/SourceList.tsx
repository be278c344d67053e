'use client';
/**
 * Source references as a reader checks them: the source's title (linked to it), publisher and
 * date, then the quote that holds the fact, or where in the source it sits.
 */
import type { Claim, Source, SourceRef } from '@/data/schema';
import { formatPartialDate } from '@/lib/format';
import { useMapText } from './MapTextContext';
import styles from './DetailsPanel.module.css';

export function SourceCitation({ source, refData }: { source: Source | undefined; refData: SourceRef }) {
  const { t, extra, locale, recordLang } = useMapText();
  return (
    <>
      <cite className={styles.cite} lang={recordLang}>
        {source?.url ? (
          <a href={source.url} rel="noreferrer noopener" target="_blank">
            {source.title}
          </a>
        ) : (
          (source?.title ?? refData.sourceId)
        )}
      </cite>
      {source && (
        <span className={styles.publisher}>
          {' '}
          · {source.publisher}
          {source.date ? `, ${formatPartialDate(source.date, locale)}` : ''}
        </span>
      )}
      {refData.quote && <q className={styles.quote}>{refData.quote}</q>}
      {refData.locator && <span className={styles.locator}>{t(extra.citationLocator, { locator: refData.locator })}</span>}
    </>
  );
}

export function SourceList({ refs, sources, title }: { refs: readonly SourceRef[]; sources: ReadonlyMap<string, Source> | undefined; title?: string }) {
  const { m, t } = useMapText();
  if (refs.length === 0) return null;
  return (
    <>
      <h3 className={styles.subhead}>{title ?? t(m.details.sources)}</h3>
      <ol className={styles.sources}>
        {refs.map((r, i) => (
          <li key={`${r.sourceId}-${i}`}>
            <SourceCitation source={sources?.get(r.sourceId)} refData={r} />
          </li>
        ))}
      </ol>
    </>
  );
}

/** Where sources disagree: each version of a field with its source. */
export function ClaimList({ claims, sources }: { claims: readonly Claim[] | undefined; sources: ReadonlyMap<string, Source> | undefined }) {
  const { m, t, recordLang } = useMapText();
  if (!claims || claims.length === 0) return null;
  return (
    <>
      <h3 className={styles.subhead}>{t(m.details.claims)}</h3>
      <ul className={styles.claims}>
        {claims.map((c, i) => (
          <li key={`${c.field}-${i}`}>
            <span className={styles.claimField}>{c.field}</span>: <strong lang={recordLang}>{c.value}</strong>
            <div className={styles.claimSource}>
              <SourceCitation source={sources?.get(c.source.sourceId)} refData={c.source} />
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * One contested figure: the records that disagree, each distinct claim with its source and quote.
 * The records' own text (names, claimed values, notes, source titles) stays as written, marked
 * with its language on a page in another; quotes keep their source's language (QuoteLines).
 */
import type { Source } from '@/data/schema';
import type { ContestedFigure } from '@/lib/citations';
import { messages, type Locale } from '@/lib/i18n';
import { LOCALE_TAGS } from '@/lib/messages/locales';
import { paths } from '@/lib/paths';
import { langAttribute } from '@/lib/textLanguage';
import { QuoteLines, type QuoteWords } from '../QuoteLines';
import { RichMessage } from '../richMessage';
import styles from './contested.module.css';

export function ContestedFigureEntry({
  locale,
  figure,
  sources,
  quote,
}: {
  locale: Locale;
  figure: ContestedFigure;
  sources: ReadonlyMap<string, Source>;
  quote: QuoteWords;
}) {
  const t = messages(locale).data;
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
        <span lang={langAttribute(first.recordName, locale)}>{first.recordName}</span>
        {first.detail ? <span className={styles.contestedDetail}> · {first.detail}</span> : null}
      </h2>
      <p className={styles.meta}>
        <span>{t.datasets[first.datasetId].title}</span>
        {figure.records.map((r) => (
          <a key={r.recordId + r.field} href={paths.record(r.datasetId, r.recordId, { locale })}>
            {r.recordId}
          </a>
        ))}
      </p>
      {figure.records.length > 1 ? (
        <p className={styles.linked}>
          <RichMessage
            message={p.linkedWith}
            locale={locale}
            values={{
              records: (
                <span lang={langAttribute(figure.records[1]?.recordName ?? '', locale)}>
                  {new Intl.ListFormat(LOCALE_TAGS[locale], { type: 'conjunction' }).format(figure.records.slice(1).map((r) => r.recordName))}
                </span>
              ),
            }}
          />
        </p>
      ) : null}
      <h3 className="visually-hidden">{p.claimsLabel}</h3>
      <ul className={styles.claims}>
        {/* Static lists: their position is their identity (keys built from the text would double it in the page's payload). */}
        {claims.map((c, i) => {
          const source = sources.get(c.source.sourceId);
          return (
            <li key={i} className={styles.claim}>
              <span className={styles.claimValue} lang={langAttribute(c.value, locale)}>
                {c.value}
              </span>
              <span className={styles.claimField} lang={langAttribute(c.field, locale)}>
                {c.field}
              </span>
              <span className={styles.claimSource}>
                <a href={paths.sources({ locale, hash: c.source.sourceId })} lang={source ? langAttribute(source.title, locale) : undefined}>
                  {source?.title ?? c.source.sourceId}
                </a>
                {source ? (
                  <span className={styles.claimPublisher} lang={langAttribute(source.publisher, locale)}>
                    {' · '}
                    {source.publisher}
                  </span>
                ) : null}
              </span>
              <QuoteLines quote={c.source.quote} locator={c.source.locator} words={quote} />
            </li>
          );
        })}
      </ul>
      {notes.map((n, i) => (
        <p key={i} className={styles.note}>
          <RichMessage message={p.contestedNote} locale={locale} values={{ note: <span lang={langAttribute(n, locale)}>{n}</span> }} />
        </p>
      ))}
    </article>
  );
}

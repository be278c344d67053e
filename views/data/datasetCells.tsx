/**
 * How a /data table cell shows its value: sources as links to the bibliography (and to the
 * source itself), URLs as links, dates as <time> (in the page's language), numbers grouped in
 * the locale's way, record text (names, notes, quotes) as written and marked with its language
 * when that is not the page's. The value itself (what the CSV holds) stays the sort key.
 */
import type { ReactNode } from 'react';
import type { Cell, TableColumn } from '@/lib/datasetTable';
import { formatNumber, formatPartialDate } from '@/lib/format';
import type { SiteLocale } from '@/lib/messages/locales';
import { paths } from '@/lib/paths';
import { splitList } from '@/lib/tableCells';
import { langAttribute } from '@/lib/textLanguage';
import styles from './data.module.css';

export interface SourceLinkInfo {
  title: string;
  url?: string;
}

/** What every cell of a page's table is shown with. */
export interface CellContext {
  locale: SiteLocale;
  sources: ReadonlyMap<string, SourceLinkInfo>;
  /** The accessible name of a link to a source at its publisher: "Open {source} at its publisher". */
  sourceUrlLabel: (title: string) => string;
}

function ExternalIcon() {
  return (
    <svg className={styles.externalIcon} viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d="M5 2H2v8h8V7M7 2h3v3M10 2L5.5 6.5" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function SourceLinks({ ids, ctx }: { ids: string[]; ctx: CellContext }) {
  return (
    <ul className={styles.sourceList}>
      {ids.map((id) => {
        const source = ctx.sources.get(id);
        return (
          <li key={id}>
            <a href={paths.sources({ locale: ctx.locale, hash: id })} title={source?.title}>
              {id}
            </a>
            {source?.url ? (
              <a href={source.url} rel="noreferrer" className={styles.external} aria-label={ctx.sourceUrlLabel(source.title)} title={source.url}>
                <ExternalIcon />
              </a>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

function hostOf(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname.length > 1 ? '/…' : ''}`;
  } catch {
    return url;
  }
}

/** A date column's value ("2007-08", "2007-08-09") in the page's words; English keeps the data's form. */
function dateText(value: string, locale: SiteLocale): string {
  return locale === 'en' ? value : formatPartialDate(value, locale);
}

export function renderCell(column: TableColumn, value: Cell | undefined, ctx: CellContext): ReactNode {
  if (value === undefined || value === '') return null;
  switch (column.type) {
    case 'sourceIds':
      return <SourceLinks ids={splitList(value)} ctx={ctx} />;
    case 'url':
      return (
        <a href={String(value)} rel="noreferrer" title={String(value)}>
          {hostOf(String(value))}
        </a>
      );
    case 'date':
      return <time dateTime={String(value)}>{dateText(String(value), ctx.locale)}</time>;
    case 'number':
      return typeof value === 'number' ? formatNumber(value, ctx.locale) : value;
    case 'text': {
      const lang = column.recordText ? langAttribute(String(value), ctx.locale) : undefined;
      return lang === undefined ? value : <span lang={lang}>{value}</span>;
    }
  }
}

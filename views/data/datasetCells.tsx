/**
 * How a /data table cell shows its value: sources as links to the bibliography (and to the
 * source itself), URLs as links, dates as <time>, numbers grouped. The value itself (what the
 * CSV holds) stays the sort key.
 */
import type { ReactNode } from 'react';
import type { Cell, TableColumn } from '@/lib/datasetTable';
import { formatNumber } from '@/lib/format';
import { format, messages } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { splitList } from '@/lib/tableCells';
import styles from './data.module.css';

export interface SourceLinkInfo {
  title: string;
  url?: string;
}

function ExternalIcon() {
  return (
    <svg className={styles.externalIcon} viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d="M5 2H2v8h8V7M7 2h3v3M10 2L5.5 6.5" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function SourceLinks({ ids, sources }: { ids: string[]; sources: ReadonlyMap<string, SourceLinkInfo> }) {
  const t = messages().data.page;
  return (
    <ul className={styles.sourceList}>
      {ids.map((id) => {
        const source = sources.get(id);
        return (
          <li key={id}>
            <a href={paths.sources({ hash: id })} title={source?.title}>
              {id}
            </a>
            {source?.url ? (
              <a
                href={source.url}
                rel="noreferrer"
                className={styles.external}
                aria-label={format(t.sourceUrlLabel, { source: source.title })}
                title={source.url}
              >
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

export function renderCell(column: TableColumn, value: Cell | undefined, sources: ReadonlyMap<string, SourceLinkInfo>): ReactNode {
  if (value === undefined || value === '') return null;
  switch (column.type) {
    case 'sourceIds':
      return <SourceLinks ids={splitList(value)} sources={sources} />;
    case 'url':
      return (
        <a href={String(value)} rel="noreferrer" title={String(value)}>
          {hostOf(String(value))}
        </a>
      );
    case 'date':
      return <time dateTime={String(value)}>{value}</time>;
    case 'number':
      return typeof value === 'number' ? formatNumber(value) : value;
    case 'text':
      return value;
  }
}

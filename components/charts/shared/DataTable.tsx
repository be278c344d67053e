import { formatNumber } from '@/lib/format';
import type { SiteLocale } from '@/lib/messages/locales';
import styles from './chart.module.css';
import type { Cell, TableData } from './tableData';

function display(cell: Cell | undefined, locale: SiteLocale): string {
  if (cell === undefined) return '';
  return typeof cell === 'number' ? formatNumber(cell, locale) : cell;
}

/**
 * A chart's data as an accessible table: caption, column headers, the first column as row
 * headers. Same rows as the chart (`toRows()`), numbers grouped and aligned right.
 */
export function DataTable({ data, id, locale }: { data: TableData; id?: string; locale: SiteLocale }) {
  return (
    <div className={styles.tableScroll} tabIndex={0} role="region" aria-labelledby={id ? `${id}-caption` : undefined}>
      <table className={styles.table} id={id}>
        <caption id={id ? `${id}-caption` : undefined} className={styles.tableCaption}>
          {data.caption}
        </caption>
        <thead>
          <tr>
            {data.columns.map((c) => (
              <th key={c.key} scope="col" className={c.type === 'number' ? styles.num : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row, i) => (
            <tr key={i}>
              {data.columns.map((c, j) => {
                const text = display(row[c.key], locale);
                const className = c.type === 'number' ? styles.num : undefined;
                // Record text stays as the sources wrote it (English): said so on other languages' pages.
                const lang = locale !== 'en' && data.recordColumns?.includes(c.key) ? 'en' : undefined;
                if (j === 0) {
                  return (
                    <th key={c.key} scope="row" className={className} lang={lang}>
                      {text}
                    </th>
                  );
                }
                return (
                  <td key={c.key} className={className} lang={lang}>
                    {c.type === 'url' && text !== '' ? <a href={text}>{text}</a> : text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

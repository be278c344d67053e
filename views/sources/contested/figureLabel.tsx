/** How the index on /sources names a contested figure: "India · Member from 2017-06-09 (States)". */
import type { ContestedFigure } from '@/lib/citations';
import { format, messages, type Locale } from '@/lib/i18n';
import { langAttribute } from '@/lib/textLanguage';

/** The label as text (the record's name as written, the rest in the locale's words). */
export function contestedFigureLabel(figure: ContestedFigure, locale: Locale): string {
  const t = messages(locale).data;
  const [first] = figure.records;
  if (!first) return figure.id;
  const name = first.detail ? `${first.recordName} · ${first.detail}` : first.recordName;
  return format(t.sourcesPage.contestedItem, { figure: name, dataset: t.datasets[first.datasetId].title }, locale);
}

/** The label as the page shows it: the record's name marked with its language when that is not the page's. */
export function ContestedFigureLabel({ figure, locale }: { figure: ContestedFigure; locale: Locale }) {
  const [first] = figure.records;
  const text = contestedFigureLabel(figure, locale);
  const lang = first ? langAttribute(first.recordName, locale) : undefined;
  const at = first && lang !== undefined ? text.indexOf(first.recordName) : -1;
  if (!first || at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      <span lang={lang}>{first.recordName}</span>
      {text.slice(at + first.recordName.length)}
    </>
  );
}

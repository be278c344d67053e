/** How the index on /sources names a contested figure: "India · Member from 2017-06-09 (States)". */
import type { ContestedFigure } from '@/lib/citations';
import { format, messages } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n';

export function contestedFigureLabel(figure: ContestedFigure, _locale: Locale): string {
  const t = messages().data;
  const [first] = figure.records;
  if (!first) return figure.id;
  const name = first.detail ? `${first.recordName} · ${first.detail}` : first.recordName;
  return format(t.sourcesPage.contestedItem, { figure: name, dataset: t.datasets[first.datasetId].title });
}

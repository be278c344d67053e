/** The words of a dataset's download links in a locale, resolved on the server for DatasetDownloads. */
import type { DatasetId } from '@/data/registry';
import { format, messages, type Locale } from '@/lib/i18n';
import type { DownloadWords } from './DatasetDownloads';

export function downloadWords(id: DatasetId, locale: Locale): DownloadWords {
  const t = messages(locale).data;
  const dataset = t.datasets[id].title;
  return {
    csv: t.page.downloadCsv,
    csvLabel: format(t.page.downloadLabel, { dataset, format: 'CSV' }, locale),
    json: t.page.downloadJson,
    jsonLabel: format(t.page.downloadLabel, { dataset, format: 'JSON' }, locale),
    csvEnglish: t.page.downloadCsvEnglish,
    csvEnglishLabel: format(t.page.downloadLabelEnglish, { dataset }, locale),
  };
}

/**
 * A dataset's files as download links (the caller lays them out): the CSV (the build writes it to
 * /data/<id>.csv, and on a Russian or Chinese page the same table with that language's headers
 * to /data/<locale>/<id>.csv, offered first, with the English one beside it) and the JSON.
 * Takes its words as props (downloadWords.ts): no catalogue here.
 */
import { ButtonLink } from '@/components/ui/Button';
import type { DatasetId } from '@/data/registry';
import type { SiteLocale } from '@/lib/messages/locales';
import { files } from '@/lib/paths';

export interface DownloadWords {
  csv: string;
  /** "Download Joint exercises as CSV". */
  csvLabel: string;
  json: string;
  jsonLabel: string;
  /** The English-headed CSV, offered beside a page's own. */
  csvEnglish: string;
  csvEnglishLabel: string;
}

function DownloadIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M8 2v8M4.5 6.5L8 10l3.5-3.5M3 13h10" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function DatasetDownloads({ id, locale, words }: { id: DatasetId; locale: SiteLocale; words: DownloadWords }) {
  const links = [
    { key: 'csv', href: files.datasetIn(id, locale), file: locale === 'en' ? `${id}.csv` : `${id}-${locale}.csv`, text: words.csv, label: words.csvLabel },
    ...(locale === 'en' ? [] : [{ key: 'csv-en', href: files.dataset(id, 'csv'), file: `${id}.csv`, text: words.csvEnglish, label: words.csvEnglishLabel }]),
    { key: 'json', href: files.dataset(id, 'json'), file: `${id}.json`, text: words.json, label: words.jsonLabel },
  ];
  return (
    <>
      {links.map((l) => (
        <ButtonLink key={l.key} href={l.href} download={`sco-security-atlas-${l.file}`} size="sm" icon={<DownloadIcon />} aria-label={l.label}>
          {l.text}
        </ButtonLink>
      ))}
    </>
  );
}

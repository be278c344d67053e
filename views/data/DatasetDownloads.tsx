/** A dataset's CSV and JSON files (written by the build to /data/<id>.csv|json) as download links;
 * the caller lays them out. */
import { ButtonLink } from '@/components/ui/Button';
import type { DatasetId } from '@/data/registry';
import { format, messages } from '@/lib/i18n';
import { files } from '@/lib/paths';
import type { Locale } from '@/lib/i18n';

function DownloadIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M8 2v8M4.5 6.5L8 10l3.5-3.5M3 13h10" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function DatasetDownloads({ id }: { locale: Locale; id: DatasetId }) {
  const t = messages().data;
  const title = t.datasets[id].title;
  return (
    <>
      {(['csv', 'json'] as const).map((ext) => (
        <ButtonLink
          key={ext}
          href={files.dataset(id, ext)}
          download={`sco-security-atlas-${id}.${ext}`}
          size="sm"
          icon={<DownloadIcon />}
          aria-label={format(t.page.downloadLabel, { dataset: title, format: ext.toUpperCase() })}
        >
          {ext === 'csv' ? t.page.downloadCsv : t.page.downloadJson}
        </ButtonLink>
      ))}
    </>
  );
}

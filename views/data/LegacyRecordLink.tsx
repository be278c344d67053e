'use client';
/**
 * Links made when /data held every table on one page point at a row there:
 * /data/#exercises-peace-mission-2007. Each table now has its own page, so such a link is sent
 * on to the row on its dataset's page. Dataset anchors (/data/#exercises) stay on the index.
 */
import { useEffect } from 'react';
import type { DatasetId } from '@/data/registry';
import type { SiteLocale } from '@/lib/messages/locales';
import { paths } from '@/lib/paths';

/** `locale`: the page's, so the row opens on the dataset's page in the same language. */
export function LegacyRecordLink({ locale, datasetIds }: { locale: SiteLocale; datasetIds: readonly DatasetId[] }) {
  useEffect(() => {
    const anchor = decodeURIComponent(window.location.hash.slice(1));
    if (anchor === '' || document.getElementById(anchor)) return;
    const datasetId = datasetIds.find((id) => anchor.startsWith(`${id}-`));
    if (datasetId) window.location.replace(paths.dataset(datasetId, { locale, hash: anchor }));
  }, [locale, datasetIds]);
  return null;
}

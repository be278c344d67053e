'use client';
/** Said where the map's data (useMapData) is still loading, or could not be loaded. */
import { messages } from '@/lib/i18n';
import styles from './MapExplorer.module.css';

export function MapDataPending({ failed }: { failed: boolean }) {
  const t = messages().map;
  return failed ? (
    <p className={styles.loading} role="alert">
      {t.dataError}
    </p>
  ) : (
    <p className={styles.loading}>{t.dataLoading}</p>
  );
}

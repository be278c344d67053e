'use client';
/** Said where the map's data (useMapData) is still loading, or could not be loaded. */
import { useMapText } from './MapTextContext';
import styles from './MapExplorer.module.css';

export function MapDataPending({ failed }: { failed: boolean }) {
  const { m, t } = useMapText();
  return failed ? (
    <p className={styles.loading} role="alert">
      {t(m.dataError)}
    </p>
  ) : (
    <p className={styles.loading}>{t(m.dataLoading)}</p>
  );
}

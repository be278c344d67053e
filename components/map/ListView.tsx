'use client';
/**
 * The list view: what the map shows for the year, as tables (for screen readers and for
 * anyone who would rather read). Same year, layers and kind filter as the map; each row opens
 * the same details.
 */
import type { ExerciseKind, StateStatus } from '@/data/schema';
import { isAreaPoint } from '@/lib/coordPrecision';
import { formatDateRange } from '@/lib/format';
import { format, messages } from '@/lib/i18n';
import type { SelectSource } from './InteractiveMap';
import { MapDataPending } from './MapDataPending';
import { casualtiesText } from '@/lib/casualties';
import { countryName, troopsText } from './mapLabels';
import type { MapData, MapExerciseInfo, MapIncidentInfo } from './types';
import type { MapLayer } from './urlState';
import { useMapData, useVisibleEvents } from './useMapData';
import styles from './ListView.module.css';

export interface ListViewProps {
  year: number;
  layers: readonly MapLayer[];
  kinds: readonly ExerciseKind[];
  statuses: ReadonlyMap<string, StateStatus>;
  onSelectState: (id: string, source: SelectSource) => void;
  onSelectEvent: (id: string, source: SelectSource) => void;
}

function placesText(e: MapExerciseInfo | MapIncidentInfo, names: Readonly<Record<string, string>>, approximate: Readonly<Record<'district' | 'region', string>>): string {
  return e.places
    .map((p) => {
      const country = countryName(p.country, names);
      return `${p.name}${country ? ` (${country})` : ''}${isAreaPoint(p.precision) ? ` [${approximate[p.precision]}]` : ''}`;
    })
    .join('; ');
}

export function ListView(props: ListViewProps) {
  const { data, failed } = useMapData();
  return data ? <Tables data={data} {...props} /> : <MapDataPending failed={failed} />;
}

function Tables({ data, year, layers, kinds, statuses, onSelectState, onSelectEvent }: ListViewProps & { data: MapData }) {
  const t = messages().map;
  const { exercises, incidents } = useVisibleEvents(data, year, kinds);
  const statesWithStatus = data.states.filter((s) => statuses.has(s.id));
  const approx = t.details.placePrecision;
  const open = (name: string) => format(t.details.openState, { name });
  return (
    <div className={styles.list} data-map-list={year}>
      <h2 className={styles.heading}>{format(t.list.caption, { year })}</h2>

      {layers.includes('members') ? (
        <table className={styles.table}>
          <caption>{format(t.list.states, { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t.list.state}</th>
              <th scope="col">{t.list.status}</th>
              <th scope="col">{t.list.capital}</th>
            </tr>
          </thead>
          <tbody>
            {statesWithStatus.map((s) => {
              const status = statuses.get(s.id);
              return (
                <tr key={s.id}>
                  <th scope="row">
                    <button type="button" className={styles.rowButton} onClick={() => onSelectState(s.id, 'keyboard')} aria-label={open(s.name)}>
                      {s.name}
                    </button>
                  </th>
                  <td>{status ? t.status[status] : ''}</td>
                  <td>{s.capital.name}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className={styles.off}>{format(t.list.layerOff, { layer: t.layers.members })}</p>
      )}

      {layers.includes('exercises') ? (
        <table className={styles.table}>
          <caption>{format(t.list.exercises, { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t.list.name}</th>
              <th scope="col">{t.list.date}</th>
              <th scope="col">{t.list.kind}</th>
              <th scope="col">{t.list.places}</th>
              <th scope="col">{t.list.troops}</th>
            </tr>
          </thead>
          <tbody>
            {exercises.length === 0 && (
              <tr>
                <td colSpan={5}>{t.list.empty}</td>
              </tr>
            )}
            {[...exercises].reverse().map(({ event: e, current }) => (
              <tr key={e.id} data-current={current || undefined}>
                <th scope="row">
                  <button type="button" className={styles.rowButton} onClick={() => onSelectEvent(e.id, 'keyboard')} aria-label={open(e.name)}>
                    {e.name}
                  </button>
                  {current && <span className={styles.badge}>{format(t.list.inYear, { year })}</span>}
                </th>
                <td>{formatDateRange(e.start, e.end)}</td>
                <td>{t.kinds[e.kind]}</td>
                <td>{placesText(e, data.names, approx)}</td>
                <td>{troopsText(e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className={styles.off}>{format(t.list.layerOff, { layer: t.layers.exercises })}</p>
      )}

      {layers.includes('incidents') ? (
        <table className={styles.table}>
          <caption>{format(t.list.incidents, { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t.list.name}</th>
              <th scope="col">{t.list.date}</th>
              <th scope="col">{t.list.parties}</th>
              <th scope="col">{t.list.places}</th>
              <th scope="col">{t.list.casualties}</th>
            </tr>
          </thead>
          <tbody>
            {incidents.length === 0 && (
              <tr>
                <td colSpan={5}>{t.list.empty}</td>
              </tr>
            )}
            {[...incidents].reverse().map(({ event: i, current }) => (
              <tr key={i.id} data-current={current || undefined}>
                <th scope="row">
                  <button type="button" className={styles.rowButton} onClick={() => onSelectEvent(i.id, 'keyboard')} aria-label={open(i.name)}>
                    {i.name}
                  </button>
                  {current && <span className={styles.badge}>{format(t.list.inYear, { year })}</span>}
                </th>
                <td>{formatDateRange(i.start, i.end)}</td>
                <td>{i.parties.map((p) => countryName(p, data.names)).join(', ')}</td>
                <td>{placesText(i, data.names, approx)}</td>
                <td>{casualtiesText(i, data.names)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className={styles.off}>{format(t.list.layerOff, { layer: t.layers.incidents })}</p>
      )}
    </div>
  );
}

export default ListView;

'use client';
/**
 * The list view: what the map shows for the year, as tables (for screen readers and for
 * anyone who would rather read). Same year, layers and kind filter as the map; each row opens
 * the same details.
 */
import type { ExerciseKind, StateStatus } from '@/data/schema';
import { isAreaPoint } from '@/lib/coordPrecision';
import { formatDateRange } from '@/lib/format';
import type { SelectSource } from './mapViewProps';
import { MapDataPending } from './MapDataPending';
import { casualtiesText } from '@/lib/casualtyStatements';
import { useMapText } from './MapTextContext';
import type { MapText } from './mapText';
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

function placesText(text: MapText, e: MapExerciseInfo | MapIncidentInfo, names: Readonly<Record<string, string>>): string {
  const { m, t } = text;
  return e.places
    .map((p) => {
      const country = countryName(p.country, names);
      const place = country ? t(m.list.placeIn, { place: p.name, country }) : p.name;
      return isAreaPoint(p.precision) ? t(m.list.placeApproximate, { place, precision: t(m.details.placePrecision[p.precision]) }) : place;
    })
    .join(t(m.marker.statementSeparator));
}

export function ListView(props: ListViewProps) {
  const { data, failed } = useMapData();
  return data ? <Tables data={data} {...props} /> : <MapDataPending failed={failed} />;
}

function Tables({ data, year, layers, kinds, statuses, onSelectState, onSelectEvent }: ListViewProps & { data: MapData }) {
  const text = useMapText();
  const { m: t, t: f, locale, recordLang } = text;
  const { exercises, incidents } = useVisibleEvents(data, year, kinds);
  const statesWithStatus = data.states.filter((s) => statuses.has(s.id));
  const open = (name: string) => f(t.details.openState, { name });
  return (
    <div className={styles.list} data-map-list={year}>
      <h2 className={styles.heading}>{f(t.list.caption, { year })}</h2>

      {layers.includes('members') ? (
        <table className={styles.table}>
          <caption>{f(t.list.states, { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{f(t.list.state)}</th>
              <th scope="col">{f(t.list.status)}</th>
              <th scope="col">{f(t.list.capital)}</th>
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
                  <td>{status ? f(t.status[status]) : ''}</td>
                  <td lang={recordLang}>{s.capital.name}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className={styles.off}>{f(t.list.layerOff, { layer: f(t.layers.members) })}</p>
      )}

      {layers.includes('exercises') ? (
        <table className={styles.table}>
          <caption>{f(t.list.exercises, { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{f(t.list.name)}</th>
              <th scope="col">{f(t.list.date)}</th>
              <th scope="col">{f(t.list.kind)}</th>
              <th scope="col">{f(t.list.places)}</th>
              <th scope="col">{f(t.list.troops)}</th>
            </tr>
          </thead>
          <tbody>
            {exercises.length === 0 && (
              <tr>
                <td colSpan={5}>{f(t.list.empty)}</td>
              </tr>
            )}
            {[...exercises].reverse().map(({ event: e, current }) => (
              <tr key={e.id} data-current={current || undefined}>
                <th scope="row">
                  <button type="button" className={styles.rowButton} onClick={() => onSelectEvent(e.id, 'keyboard')} aria-label={open(e.name)}>
                    <span lang={recordLang}>{e.name}</span>
                  </button>
                  {current && <span className={styles.badge}>{f(t.list.inYear, { year })}</span>}
                </th>
                <td>{formatDateRange(e.start, e.end, locale)}</td>
                <td>{f(t.kinds[e.kind])}</td>
                <td>{placesText(text, e, data.names)}</td>
                <td>{troopsText(text, e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className={styles.off}>{f(t.list.layerOff, { layer: f(t.layers.exercises) })}</p>
      )}

      {layers.includes('incidents') ? (
        <table className={styles.table}>
          <caption>{f(t.list.incidents, { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{f(t.list.name)}</th>
              <th scope="col">{f(t.list.date)}</th>
              <th scope="col">{f(t.list.parties)}</th>
              <th scope="col">{f(t.list.places)}</th>
              <th scope="col">{f(t.list.casualties)}</th>
            </tr>
          </thead>
          <tbody>
            {incidents.length === 0 && (
              <tr>
                <td colSpan={5}>{f(t.list.empty)}</td>
              </tr>
            )}
            {[...incidents].reverse().map(({ event: i, current }) => (
              <tr key={i.id} data-current={current || undefined}>
                <th scope="row">
                  <button type="button" className={styles.rowButton} onClick={() => onSelectEvent(i.id, 'keyboard')} aria-label={open(i.name)}>
                    <span lang={recordLang}>{i.name}</span>
                  </button>
                  {current && <span className={styles.badge}>{f(t.list.inYear, { year })}</span>}
                </th>
                <td>{formatDateRange(i.start, i.end, locale)}</td>
                <td>{text.enumerate(i.parties.map((p) => countryName(p, data.names) ?? p))}</td>
                <td>{placesText(text, i, data.names)}</td>
                <td>{casualtiesText(text, i, data.names)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className={styles.off}>{f(t.list.layerOff, { layer: f(t.layers.incidents) })}</p>
      )}
    </div>
  );
}

export default ListView;

'use client';
/**
 * Details of a state: its status in the year and its whole status history (each period with
 * its sources), its capital, the exercises it hosted, joined and observed, the border incidents
 * it was party to, and its 2020 counter-terrorism statistics.
 */
import type { StateStatus } from '@/data/schema';
import { formatCount, formatDateRange, formatPartialDate } from '@/lib/format';
import { useSources, useStateRecord, useStats2020 } from './detailsData';
import { stateStatusInYear } from './mapLabels';
import { useMapText } from './MapTextContext';
import { eventsOfState } from './mapModel';
import { SourceList } from './SourceList';
import type { MapData, MapEventInfo, MapStateInfo } from './types';
import styles from './DetailsPanel.module.css';

interface StateDetailsProps {
  state: MapStateInfo;
  data: MapData;
  year: number;
  status: StateStatus | undefined;
  onSelectEvent: (id: string) => void;
}

function EventLinks({ title, events, onSelect }: { title: string; events: readonly MapEventInfo[]; onSelect: (id: string) => void }) {
  const { m, t, locale, recordLang } = useMapText();
  return (
    <>
      <h3 className={styles.subhead}>
        {title} <span className={styles.muted}>({events.length})</span>
      </h3>
      {events.length === 0 ? (
        <p className={styles.muted}>{t(m.details.none)}</p>
      ) : (
        <ul className={styles.eventLinks}>
          {events.map((e) => (
            <li key={e.id}>
              <button type="button" className={styles.linkButton} onClick={() => onSelect(e.id)}>
                <span lang={recordLang}>{e.name}</span>
              </button>{' '}
              <span className={styles.muted}>{formatDateRange(e.start, e.end, locale)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function StateDetails({ state, data, year, status, onSelectEvent }: StateDetailsProps) {
  const text = useMapText();
  const { m: t, t: f, locale, recordLang } = text;
  const date = (d: string) => formatPartialDate(d, locale);
  const record = useStateRecord(state.id);
  const sources = useSources();
  const stats = useStats2020(state.id);
  const own = eventsOfState(state.id, data.exercises, data.incidents);
  const periods = record.data?.statusHistory;

  return (
    <>
      <p className={styles.kind}>{stateStatusInYear(text, state.name, status, year)}</p>
      <dl className={styles.facts}>
        <dt>{f(t.details.capital)}</dt>
        <dd>
          <span lang={recordLang}>{state.capital.name}</span> <span className={styles.muted}>({f(t.details.placePrecision[state.capital.precision])})</span>
        </dd>
      </dl>

      <h3 className={styles.subhead}>{f(t.details.statusHistory)}</h3>
      <ol className={styles.history}>
        {state.statusHistory.map((p, i) => {
          const full = periods?.[i];
          return (
            <li key={`${p.status}-${p.from}`}>
              <strong>{f(t.status[p.status])}</strong> <span>{p.to ? f(t.details.period, { from: date(p.from), to: date(p.to) }) : f(t.details.since, { from: date(p.from) })}</span>
              {full?.decided && <p className={styles.muted}>{f(t.details.decidedOn, { decided: date(full.decided), from: date(p.from) })}</p>}
              {full && <SourceList refs={full.sources} sources={sources.data} title={f(t.details.sources)} />}
            </li>
          );
        })}
      </ol>
      {record.isLoading && <p className={styles.muted}>{f(t.details.loading)}</p>}
      {record.error && <p className={styles.error}>{f(t.details.loadError)}</p>}

      <EventLinks title={f(t.details.hosted)} events={own.hosted} onSelect={onSelectEvent} />
      <EventLinks title={f(t.details.joined)} events={own.joined} onSelect={onSelectEvent} />
      {own.observed.length > 0 && <EventLinks title={f(t.details.observed)} events={own.observed} onSelect={onSelectEvent} />}
      <EventLinks title={f(t.details.incidents)} events={own.incidents} onSelect={onSelectEvent} />

      <h3 className={styles.subhead}>{f(t.details.stats2020)}</h3>
      {stats.isLoading && <p className={styles.muted}>{f(t.details.loading)}</p>}
      {stats.data && stats.data.length === 0 && <p className={styles.muted}>{f(t.details.statsNone)}</p>}
      {stats.data && stats.data.length > 0 && (
        <ul className={styles.stats}>
          {stats.data.map((s) => (
            <li key={s.id}>
              <span>{f(text.extra.terrorismMetric[s.metric])}</span>: <strong>{formatCount(s.value, s.qualifier, undefined, locale)}</strong>{' '}
              <span className={styles.muted} lang={recordLang}>
                ({s.period.label})
              </span>
              <SourceList refs={s.sources} sources={sources.data} title={f(t.details.sources)} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

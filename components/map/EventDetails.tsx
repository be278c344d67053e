'use client';
/**
 * Details of an exercise or a border incident: dates (and how precise they are), each place with
 * how precisely it is placed, who took part, troop or casualty figures as each source gives
 * them, where sources disagree, and every source with its quote. The summary the map already
 * holds shows at once; the sourced record loads from /data/<dataset>.json.
 */
import type { CasualtyClaim, Count, DatePrecision } from '@/data/schema';
import { datePrecision } from '@/data/schema';
import { formatCount, formatDateRange } from '@/lib/format';
import { statementText } from '@/lib/casualtyStatements';
import { useMapText } from './MapTextContext';
import { useExerciseRecord, useIncidentRecord, useSources } from './detailsData';
import { countryName } from './mapLabels';
import { ClaimList, SourceCitation, SourceList } from './SourceList';
import type { MapEventInfo, MapExerciseInfo, MapIncidentInfo } from './types';
import styles from './DetailsPanel.module.css';

const PRECISION_KEY = { day: 'precisionDay', month: 'precisionMonth', year: 'precisionYear' } as const satisfies Record<DatePrecision, string>;

function Names({ codes, names }: { codes: readonly string[]; names: Readonly<Record<string, string>> }) {
  const { m, t, enumerate } = useMapText();
  return <>{codes.length > 0 ? enumerate(codes.map((c) => countryName(c, names) ?? c)) : t(m.details.none)}</>;
}

function EventCommon({ event, names }: { event: MapEventInfo; names: Readonly<Record<string, string>> }) {
  const { m, t: f, locale, recordLang } = useMapText();
  const t = m.details;
  const precision = f(t[PRECISION_KEY[datePrecision(event.start)]]);
  return (
    <>
      <dl className={styles.facts}>
        <dt>{f(t.dates)}</dt>
        <dd>
          {formatDateRange(event.start, event.end, locale)} <span className={styles.muted}>({precision})</span>
        </dd>
      </dl>
      <h3 className={styles.subhead}>{f(t.places)}</h3>
      <ul className={styles.places}>
        {event.places.map((p, i) => (
          <li key={`${p.name}-${i}`} data-precision={p.precision}>
            <strong lang={recordLang}>{p.name}</strong>
            {p.country ? `, ${countryName(p.country, names) ?? p.country}` : ''}
            {p.role && (
              <span className={styles.muted}>
                {' '}
                · <span lang={recordLang}>{p.role}</span>
              </span>
            )}
            <div className={styles.placeBasis}>
              <span className={styles.precisionBadge}>{f(t.placePrecision[p.precision])}</span> <span lang={recordLang}>{p.basis}</span>{' '}
              <span className={styles.muted}>
                ({p.lat.toFixed(3)}°, {p.lon.toFixed(3)}°)
              </span>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

function CountLine({ count, label }: { count: Count; label?: string }) {
  const { locale } = useMapText();
  return (
    <>
      {label ? `${label} ` : ''}
      <strong>{formatCount(count.value, count.qualifier, count.max, locale)}</strong> <q className={styles.quote}>{count.text}</q>
    </>
  );
}

export function ExerciseDetails({ event, names }: { event: MapExerciseInfo; names: Readonly<Record<string, string>> }) {
  const { m: t, t: f, recordLang } = useMapText();
  const record = useExerciseRecord(event.id);
  const sources = useSources();
  const r = record.data;
  return (
    <>
      <p className={styles.kind}>{f(t.kinds[event.kind])}</p>
      <EventCommon event={event} names={names} />
      <dl className={styles.facts}>
        <dt>{f(t.details.hosts)}</dt>
        <dd>
          <Names codes={event.hosts} names={names} />
        </dd>
        <dt>{f(t.details.participants)}</dt>
        <dd>
          <Names codes={event.participants} names={names} />
        </dd>
        <dt>{f(t.details.observers)}</dt>
        <dd>
          <Names codes={event.observers} names={names} />
        </dd>
      </dl>
      <h3 className={styles.subhead}>{f(t.details.troops)}</h3>
      {record.isLoading && <p className={styles.muted}>{f(t.details.loading)}</p>}
      {r && r.troops.length === 0 && <p>{f(t.details.troopsNone)}</p>}
      {r && r.troops.length > 0 && (
        <ul className={styles.claims}>
          {r.troops.map((c, i) => (
            <li key={i}>
              <CountLine count={c} />
              <div className={styles.claimSource}>
                <SourceCitation source={sources.data?.get(c.source.sourceId)} refData={c.source} />
              </div>
            </li>
          ))}
        </ul>
      )}
      {record.error && <p className={styles.error}>{f(t.details.loadError)}</p>}
      {r && <ClaimList claims={r.claims} sources={sources.data} />}
      {r?.note && (
        <>
          <h3 className={styles.subhead}>{f(t.details.note)}</h3>
          <p lang={recordLang}>{r.note}</p>
        </>
      )}
      {r && <SourceList refs={r.sources} sources={sources.data} />}
    </>
  );
}

function CasualtyClaimItem({ claim, names }: { claim: CasualtyClaim; names: Readonly<Record<string, string>> }) {
  const sources = useSources();
  const text = useMapText();
  return (
    <li>
      {(claim.killed || claim.injured) && <p className={styles.counts}>{statementText(text, claim, names)}</p>}
      <p className={styles.claimText} lang={text.recordLang}>
        {claim.text}
      </p>
      <div className={styles.claimSource}>
        <SourceCitation source={sources.data?.get(claim.source.sourceId)} refData={claim.source} />
      </div>
    </li>
  );
}

export function IncidentDetails({ event, names }: { event: MapIncidentInfo; names: Readonly<Record<string, string>> }) {
  const { m, t: f, recordLang } = useMapText();
  const t = m.details;
  const record = useIncidentRecord(event.id);
  const sources = useSources();
  const r = record.data;
  return (
    <>
      <p className={styles.kind} lang={recordLang}>
        {event.place}
      </p>
      <EventCommon event={event} names={names} />
      <dl className={styles.facts}>
        <dt>{f(t.parties)}</dt>
        <dd>
          <Names codes={event.parties} names={names} />
        </dd>
      </dl>
      <h3 className={styles.subhead}>{f(t.casualties)}</h3>
      {record.isLoading && <p className={styles.muted}>{f(t.loading)}</p>}
      {record.error && <p className={styles.error}>{f(t.loadError)}</p>}
      {r && r.casualties.length === 0 && <p>{f(t.casualtiesNone)}</p>}
      {r && r.casualties.length > 0 && (
        <ul className={styles.claims}>
          {r.casualties.map((c, i) => (
            <CasualtyClaimItem key={i} claim={c} names={names} />
          ))}
        </ul>
      )}
      {r && <ClaimList claims={r.claims} sources={sources.data} />}
      {r?.note && (
        <>
          <h3 className={styles.subhead}>{f(t.note)}</h3>
          <p lang={recordLang}>{r.note}</p>
        </>
      )}
      {r && <SourceList refs={r.sources} sources={sources.data} />}
    </>
  );
}

'use client';

/**
 * The dashboard built the obvious way: the whole page is a client component, the world atlas is
 * bundled into it, the map and the charts render on the client. See ../README.md.
 */
import { scaleOrdinal } from 'd3';
import type { GeoJsonObject } from 'geojson';
import { useState } from 'react';
import { ComposableMap, Geographies, Geography } from 'react-simple-maps';
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import world from 'world-atlas/countries-110m.json';

/** ISO 3166-1 numeric id → the year the state became a full member (Shanghai Five in 1996). */
const MEMBERS: Record<string, number> = {
  '156': 1996, // China
  '643': 1996, // Russia
  '398': 1996, // Kazakhstan
  '417': 1996, // Kyrgyzstan
  '762': 1996, // Tajikistan
  '860': 2001, // Uzbekistan
  '356': 2017, // India
  '586': 2017, // Pakistan
  '364': 2023, // Iran
  '112': 2024, // Belarus
};

const FIRST_YEAR = 1996;
const LAST_YEAR = 2026;

const colour = scaleOrdinal<string, string>().domain(['founding', 'joined', 'none']).range(['#1b6ca8', '#5fa8d3', '#e3e7ec']);

const membership = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => {
  const year = FIRST_YEAR + i;
  return { year, members: Object.values(MEMBERS).filter((joined) => joined <= year).length };
});

// PLACEHOLDER demo numbers: this page is a benchmark baseline, never shown to users. They only
// give the charts plausible-looking rows of the same size as the real site's.
const terrorism2020 = [
  { state: 'China', value: 12 },
  { state: 'India', value: 94 },
  { state: 'Kazakhstan', value: 7 },
  { state: 'Kyrgyzstan', value: 5 },
  { state: 'Pakistan', value: 146 },
  { state: 'Russia', value: 21 },
  { state: 'Tajikistan', value: 4 },
  { state: 'Uzbekistan', value: 3 },
];
const ratsFigures = [
  { year: 2015, value: 180 },
  { year: 2016, value: 240 },
  { year: 2017, value: 310 },
  { year: 2018, value: 290 },
  { year: 2019, value: 350 },
  { year: 2020, value: 270 },
  { year: 2021, value: 330 },
  { year: 2022, value: 300 },
];
const exercisesByYear = [
  { year: 2016, value: 3 },
  { year: 2017, value: 2 },
  { year: 2018, value: 4 },
  { year: 2019, value: 3 },
  { year: 2020, value: 1 },
  { year: 2021, value: 4 },
  { year: 2022, value: 2 },
  { year: 2023, value: 3 },
  { year: 2024, value: 4 },
];

function fillFor(id: string | number | undefined, year: number): string {
  const joined = id === undefined ? undefined : MEMBERS[String(id)];
  if (joined === undefined || joined > year) return colour('none');
  return colour(joined === FIRST_YEAR ? 'founding' : 'joined');
}

export default function NaiveDashboard() {
  const [year, setYear] = useState(LAST_YEAR);

  return (
    <>
      <h1>Members, exercises and border incidents</h1>
      <p className="lede">
        Move through the years to watch the Shanghai Five become today’s organisation. Joint exercises and armed border incidents appear in the year
        they happened; select a state or a marker for its history and sources.
      </p>

      <div className="map-card">
        <ComposableMap projection="geoMercator" projectionConfig={{ center: [75, 40], scale: 420 }} width={800} height={500} data-map-year={year}>
          <Geographies geography={world as unknown as GeoJsonObject}>
            {({ geographies }) =>
              geographies.map((geo) => <Geography key={geo.rsmKey} geography={geo} fill={fillFor(geo.id, year)} stroke="#ffffff" strokeWidth={0.5} />)
            }
          </Geographies>
        </ComposableMap>
        <label className="year-control">
          Year
          <input type="range" min={FIRST_YEAR} max={LAST_YEAR} value={year} onChange={(e) => setYear(Number(e.target.value))} />
          <output>{year}</output>
        </label>
      </div>

      <div className="charts">
        <section className="chart-card">
          <h2>Members by year</h2>
          <ResponsiveContainer width="100%" height={220}>
            <LineChart data={membership}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="year" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Line type="stepAfter" dataKey="members" stroke="#1b6ca8" dot={false} />
            </LineChart>
          </ResponsiveContainer>
        </section>
        <section className="chart-card">
          <h2>Terrorist attacks in 2020</h2>
          <ResponsiveContainer width="100%" height={220}>
            <BarChart data={terrorism2020}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="state" />
              <YAxis />
              <Tooltip />
              <Bar dataKey="value" fill="#1b6ca8" />
            </BarChart>
          </ResponsiveContainer>
        </section>
        <section className="chart-card">
          <h2>RATS: crimes prevented</h2>
          <ResponsiveContainer width="100%" height={220}>
            <AreaChart data={ratsFigures}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="year" />
              <YAxis />
              <Tooltip />
              <Area type="monotone" dataKey="value" stroke="#1b6ca8" fill="#5fa8d3" />
            </AreaChart>
          </ResponsiveContainer>
        </section>
        <section className="chart-card">
          <h2>Joint exercises by year</h2>
          <ResponsiveContainer width="100%" height={220}>
            <BarChart data={exercisesByYear}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="year" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Bar dataKey="value" fill="#d55e00" />
            </BarChart>
          </ResponsiveContainer>
        </section>
      </div>
    </>
  );
}

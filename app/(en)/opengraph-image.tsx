/**
 * The social preview (1200×630 PNG), drawn at build time with next/og from local Inter files:
 * no network fonts, no data beyond the as-of date. Latin text only, so ImageResponse never
 * needs to fetch a fallback font.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ImageResponse } from 'next/og';
import { DATA_AS_OF } from '@/data/meta';
import { formatPartialDate } from '@/lib/format';
import { format, messages } from '@/lib/i18n';

export const dynamic = 'force-static';
export const alt = messages('en').shell.metadata.ogImageAlt;
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

const FONT_DIR = join(process.cwd(), 'node_modules', '@fontsource', 'inter', 'files');

/** Light-theme status colours from app/globals.css. */
const LEGEND = [
  ['member', '#0f4c8a'],
  ['observer', '#e69f00'],
  ['dialoguePartner', '#7cc0ea'],
  ['partner', '#cc79a7'],
] as const;

export default async function OpengraphImage() {
  const [regular, semibold] = await Promise.all([
    readFile(join(FONT_DIR, 'inter-latin-400-normal.woff')),
    readFile(join(FONT_DIR, 'inter-latin-600-normal.woff')),
  ]);
  const shell = messages('en').shell;
  const data = messages('en').data;
  const topics = [data.datasets.states.title, data.datasets.exercises.title, data.datasets.incidents.title, data.datasets.ratsFigures.title];

  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '64px 72px',
          background: '#f6f7f9',
          color: '#1a1f26',
          fontFamily: 'Inter',
          borderTop: '14px solid #1d4f91',
        }}
      >
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ display: 'flex', alignItems: 'center' }}>
            <svg width="84" height="84" viewBox="0 0 32 32">
              <rect width="32" height="32" rx="7" fill="#1d4f91" />
              <circle cx="16" cy="16" r="9.5" fill="none" stroke="#ffffff" strokeWidth="1.8" />
              <ellipse cx="16" cy="16" rx="4.2" ry="9.5" fill="none" stroke="#ffffff" strokeWidth="1.8" />
              <path d="M6.5 16h19" stroke="#ffffff" strokeWidth="1.8" />
              <circle cx="21.5" cy="11.5" r="2.6" fill="#e69f00" stroke="#1d4f91" strokeWidth="1.2" />
            </svg>
            <div style={{ display: 'flex', marginLeft: 28, fontSize: 76, fontWeight: 600, letterSpacing: '-0.02em' }}>
              {shell.productName}
            </div>
          </div>
          <div style={{ display: 'flex', marginTop: 28, fontSize: 36, lineHeight: 1.3, color: '#4d5866', maxWidth: 980 }}>
            {shell.tagline}
          </div>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ display: 'flex', gap: 36, fontSize: 28 }}>
            {LEGEND.map(([status, colour]) => (
              <div key={status} style={{ display: 'flex', alignItems: 'center' }}>
                <div style={{ display: 'flex', width: 30, height: 30, borderRadius: 6, background: colour, marginRight: 12 }} />
                {data.status[status]}
              </div>
            ))}
          </div>
          <div
            style={{
              display: 'flex',
              justifyContent: 'space-between',
              marginTop: 40,
              paddingTop: 24,
              borderTop: '2px solid #c9d0d9',
              fontSize: 26,
              color: '#4d5866',
            }}
          >
            <div style={{ display: 'flex' }}>{topics.join(' · ')}</div>
            <div style={{ display: 'flex', color: '#1a1f26', fontWeight: 600 }}>
              {format(shell.footer.asOf, { date: formatPartialDate(DATA_AS_OF, 'en') }, 'en')}
            </div>
          </div>
        </div>
      </div>
    ),
    {
      ...size,
      fonts: [
        { name: 'Inter', data: regular, weight: 400, style: 'normal' },
        { name: 'Inter', data: semibold, weight: 600, style: 'normal' },
      ],
    },
  );
}

/**
 * The social preview (1200×630 PNG) of each language's pages, drawn at build time with next/og
 * from local font files (Inter; Inter's Cyrillic for Russian, Noto Sans SC for Chinese): no
 * network fonts, no data beyond the as-of date. The routes (app/(en)/social-preview.png,
 * app/[lang]/social-preview.png) are thin wrappers.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ImageResponse } from 'next/og';
import { DATA_AS_OF } from '@/data/meta';
import { formatPartialDate } from '@/lib/format';
import { format, messages } from '@/lib/i18n';
import type { SiteLocale } from '@/lib/messages/locales';
import { SOCIAL_PREVIEW_SIZE } from './metadata';

export { SOCIAL_PREVIEW_SIZE };

/** Light-theme status colours from app/globals.css. */
const LEGEND = [
  ['member', '#0f4c8a'],
  ['observer', '#e69f00'],
  ['dialoguePartner', '#7cc0ea'],
  ['partner', '#cc79a7'],
] as const;

/** The fonts a locale's preview draws with: Inter (Latin), and Inter's Cyrillic or Noto Sans SC. */
async function fontsFor(locale: SiteLocale) {
  const file = (dir: string, name: string) => readFile(join(process.cwd(), 'node_modules', '@fontsource', dir, 'files', name));
  const fonts = [
    { name: 'Inter', data: await file('inter', 'inter-latin-400-normal.woff'), weight: 400 as const, style: 'normal' as const },
    { name: 'Inter', data: await file('inter', 'inter-latin-600-normal.woff'), weight: 600 as const, style: 'normal' as const },
  ];
  if (locale === 'ru') {
    fonts.push({ name: 'Inter Cyrillic', data: await file('inter', 'inter-cyrillic-400-normal.woff'), weight: 400, style: 'normal' });
    fonts.push({ name: 'Inter Cyrillic', data: await file('inter', 'inter-cyrillic-600-normal.woff'), weight: 600, style: 'normal' });
  }
  if (locale === 'zh') {
    fonts.push({ name: 'Noto Sans SC', data: await file('noto-sans-sc', 'noto-sans-sc-chinese-simplified-400-normal.woff'), weight: 400, style: 'normal' });
    fonts.push({ name: 'Noto Sans SC', data: await file('noto-sans-sc', 'noto-sans-sc-chinese-simplified-600-normal.woff'), weight: 600, style: 'normal' });
  }
  return fonts;
}

/** The product's name on one line: "Атлас безопасности ШОС" is longer than the others. */
const TITLE_SIZE: Record<SiteLocale, number> = { en: 76, ru: 64, zh: 76 };

const FAMILY: Record<SiteLocale, string> = { en: 'Inter', ru: 'Inter, Inter Cyrillic', zh: 'Inter, Noto Sans SC' };

/** The preview's alternative text, in the locale. */
export function socialPreviewAlt(locale: SiteLocale): string {
  return messages(locale).shell.metadata.ogImageAlt;
}

/** The social preview of the pages in `locale`. */
export async function socialPreview(locale: SiteLocale): Promise<ImageResponse> {
  const shell = messages(locale).shell;
  const data = messages(locale).data;
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
          fontFamily: FAMILY[locale],
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
            <div style={{ display: 'flex', marginLeft: 28, fontSize: TITLE_SIZE[locale], fontWeight: 600, letterSpacing: '-0.02em', whiteSpace: 'nowrap' }}>
              {shell.productName}
            </div>
          </div>
          <div style={{ display: 'flex', marginTop: 28, fontSize: locale === 'ru' ? 32 : 36, lineHeight: 1.3, color: '#4d5866', maxWidth: 1040 }}>
            {shell.tagline}
          </div>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: '12px 32px', fontSize: locale === 'ru' ? 24 : 28 }}>
            {LEGEND.map(([status, colour]) => (
              <div key={status} style={{ display: 'flex', alignItems: 'center', whiteSpace: 'nowrap' }}>
                <div style={{ display: 'flex', width: 30, height: 30, borderRadius: 6, background: colour, marginRight: 12 }} />
                {data.status[status]}
              </div>
            ))}
          </div>
          <div
            style={{
              display: 'flex',
              justifyContent: 'space-between',
              alignItems: 'flex-end',
              gap: 32,
              marginTop: 36,
              paddingTop: 24,
              borderTop: '2px solid #c9d0d9',
              fontSize: locale === 'ru' ? 22 : 26,
              color: '#4d5866',
            }}
          >
            <div style={{ display: 'flex', flexShrink: 1 }}>{topics.join(' · ')}</div>
            <div style={{ display: 'flex', flexShrink: 0, color: '#1a1f26', fontWeight: 600, whiteSpace: 'nowrap' }}>
              {format(shell.footer.asOf, { date: formatPartialDate(DATA_AS_OF, locale) }, locale)}
            </div>
          </div>
        </div>
      </div>
    ),
    {
      ...SOCIAL_PREVIEW_SIZE,
      fonts: await fontsFor(locale),
    },
  );
}

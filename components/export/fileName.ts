/**
 * File names that say what the file is: `sco-members-2017.png`, `sco-members-2017@2x.png`,
 * `sco-map-2017-1920x1080.png`, `terrorism-2020.csv`. The chart or map passes the base.
 */

export type ExportExt = 'png' | 'svg' | 'csv';

/** A PNG's size: a multiple of the on-screen size, or fixed pixel dimensions (slides). */
export type ExportSize = { scale: number } | { width: number; height: number };

export interface FileNameParts {
  /** What is shown, e.g. "sco-members", "terrorism-2020" (slugged: lower case, a–z, 0–9, hyphens). */
  base: string;
  /** The year the view shows; left out when the base already ends with it. */
  year?: number | string;
  size?: ExportSize;
  ext: ExportExt;
}

/** Lower-case ASCII words joined by hyphens ("Terrorism 2020 (Russia)" → "terrorism-2020-russia"). */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function sizeSuffix(size: ExportSize | undefined): string {
  if (size === undefined) return '';
  if ('scale' in size) return size.scale === 1 ? '' : `@${size.scale}x`;
  return `-${Math.round(size.width)}x${Math.round(size.height)}`;
}

export function fileName({ base, year, size, ext }: FileNameParts): string {
  let stem = slug(base) || 'sco-atlas';
  const y = year === undefined ? '' : slug(String(year));
  if (y !== '' && !stem.endsWith(`-${y}`) && stem !== y) stem = `${stem}-${y}`;
  // A scale says nothing about a CSV or an SVG: only PNGs carry the size.
  return `${stem}${ext === 'png' ? sizeSuffix(size) : ''}.${ext}`;
}

/**
 * The PowerPoint file of a briefing, named by its date: `sco-briefing-2026-12-05.pptx`. A `Date`
 * counts by its local calendar day (the briefer's); a string must be `YYYY-MM-DD`, anything else
 * gives `sco-briefing.pptx`.
 */
export function pptxFileName(date: string | Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day =
    typeof date === 'string'
      ? /^\d{4}-\d{2}-\d{2}$/.test(date)
        ? date
        : ''
      : Number.isNaN(date.getTime())
        ? ''
        : `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return day === '' ? 'sco-briefing.pptx' : `sco-briefing-${day}.pptx`;
}

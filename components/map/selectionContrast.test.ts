/**
 * The selected state's outline (MapStage.module.css: a `--color-text` line on a `--color-surface`
 * halo) must stand out at WCAG's 3:1 for non-text marks on every status fill, in every theme:
 * read from the themes themselves in app/globals.css.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(__dirname, '..', '..', 'app', 'globals.css'), 'utf8');

/** The custom properties declared in the first block whose selector matches. */
function themeTokens(selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} block in globals.css`);
  const body = css.slice(start, css.indexOf('}', start));
  return new Map([...body.matchAll(/(--[\w-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const STATUSES = ['--status-shanghai-five', '--status-member', '--status-observer', '--status-dialogue-partner', '--status-partner', '--status-none'];

describe('the selected state’s outline', () => {
  for (const theme of ["[data-theme='light']", "[data-theme='dark']", "[data-theme='projector']"]) {
    it(`stands out on every status fill in ${theme}`, () => {
      const tokens = themeTokens(theme);
      const line = tokens.get('--color-text');
      const halo = tokens.get('--color-surface');
      if (!line || !halo) throw new Error(`${theme} lacks --color-text or --color-surface`);
      for (const status of STATUSES) {
        const fill = tokens.get(status);
        if (!fill) throw new Error(`${theme} lacks ${status}`);
        expect(Math.max(contrast(line, fill), contrast(halo, fill)), `${theme} ${status}`).toBeGreaterThanOrEqual(3);
      }
    });
  }

  it('would fail for the old single blue line on members', () => {
    expect(contrast('#0b57d0', '#0f4c8a')).toBeLessThan(3);
  });
});

/**
 * The header's language links as the build writes them: the same page in each language, and on the
 * not-found page (built at /_not-found, served for any address) each language's dashboard, never a
 * link to a page the build did not write.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { LanguageSwitcher } from './LanguageSwitcher';

const at = vi.hoisted(() => ({ path: '/' }));
vi.mock('next/navigation', () => ({ usePathname: () => at.path }));

function hrefs(path: string): string[] {
  at.path = path;
  const html = renderToStaticMarkup(<LanguageSwitcher current="ru" label="Язык" />);
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? '');
}

describe('LanguageSwitcher', () => {
  it('links the same page in every language', () => {
    expect(hrefs('/ru/charts/membership/')).toEqual(['/charts/membership/', '/ru/charts/membership/', '/zh/charts/membership/']);
  });

  it('links each language’s dashboard from the not-found page', () => {
    expect(hrefs('/_not-found')).toEqual(['/', '/ru/', '/zh/']);
    expect(hrefs('/_not-found/')).toEqual(['/', '/ru/', '/zh/']);
  });
});

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { QuoteLines } from './QuoteLines';

describe('QuoteLines', () => {
  it('shows the quote and the locator in the label, taken literally', () => {
    const html = renderToStaticMarkup(<QuoteLines quote="more than 200" locator={"p. 4 ($&)"} locatorLabel="at {locator}" />);
    expect(html).toContain('<q');
    expect(html).toContain('more than 200');
    expect(html).toContain('at p. 4 ($&amp;)');
  });

  it('shows nothing for a citation without quote or locator', () => {
    expect(renderToStaticMarkup(<QuoteLines locatorLabel="at {locator}" />)).toBe('');
  });
});

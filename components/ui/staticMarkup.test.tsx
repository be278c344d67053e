import { describe, expect, it } from 'vitest';
import { escapeHtml, staticMarkup } from './staticMarkup';

describe('staticMarkup', () => {
  it('writes elements with their attributes, plain words bare and the rest quoted', () => {
    expect(
      staticMarkup(
        <tr id="exercises-peace-mission-2007">
          <th scope="row" className="sticky nowrap">
            Peace Mission 2007
          </th>
          <td colSpan={2} data-sort-number={6500}>
            6,500
          </td>
        </tr>,
      ),
    ).toBe(
      '<tr id=exercises-peace-mission-2007><th scope=row class="sticky nowrap">Peace Mission 2007</th><td colspan=2 data-sort-number=6500>6,500</td></tr>',
    );
  });

  it('escapes text and attribute values, so data cannot become markup', () => {
    expect(staticMarkup(<a href={'/x?a=1&b="2"'} title="<b>">{'<script>alert(1)</script> & co'}</a>)).toBe(
      '<a href="/x?a=1&amp;b=&quot;2&quot;" title="&lt;b&gt;">&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</a>',
    );
    expect(escapeHtml(`it's`)).toBe('it&#x27;s');
  });

  it('spells attributes as HTML does: class, datetime, tabindex, SVG in kebab case, viewBox kept', () => {
    expect(
      staticMarkup(
        <svg viewBox="0 0 12 12" aria-hidden="true" focusable="false">
          <path d="M5 2H2" strokeWidth="1.3" strokeLinecap="round" />
        </svg>,
      ),
    ).toBe('<svg viewBox="0 0 12 12" aria-hidden=true focusable=false><path d="M5 2H2" stroke-width="1.3" stroke-linecap=round></path></svg>');
    expect(staticMarkup(<time dateTime="2021-06">June 2021</time>)).toBe('<time datetime=2021-06>June 2021</time>');
    expect(staticMarkup(<div tabIndex={0} hidden={false} />)).toBe('<div tabindex=0></div>');
  });

  it('leaves out empty values and writes boolean attributes by name', () => {
    expect(staticMarkup(<button type="button" disabled className={undefined} title={undefined} />)).toBe('<button type=button disabled></button>');
    expect(staticMarkup(<div aria-expanded={false} />)).toBe('<div aria-expanded=false></div>');
  });

  it('flattens arrays, fragments, numbers and hook-free components; skips null and booleans', () => {
    const Item = ({ label }: { label: string }) => <li>{label}</li>;
    expect(
      staticMarkup(
        <ul>
          {['a', 'b'].map((l) => (
            <Item key={l} label={l} />
          ))}
          <>
            <li>{3}</li>
            {null}
            {false}
          </>
        </ul>,
      ),
    ).toBe('<ul><li>a</li><li>b</li><li>3</li></ul>');
  });

  it('closes no void element', () => {
    expect(staticMarkup(<p>a<br />b</p>)).toBe('<p>a<br>b</p>');
  });

  it('refuses what needs the client: handlers and styles', () => {
    expect(() => staticMarkup(<button onClick={() => undefined}>x</button>)).toThrow(/needs the client/);
    expect(() => staticMarkup(<div style={{ color: 'red' }} />)).toThrow(/style/);
  });
});

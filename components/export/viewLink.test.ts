import { describe, expect, it } from 'vitest';
import { viewLink } from './viewLink';

describe('viewLink', () => {
  it('puts the frame’s path on this origin and drops the protocol from the drawn text', () => {
    const link = viewLink('/charts/terrorism-2020/', new URL('https://atlas.example.org/charts/terrorism-2020/'));
    expect(link).toEqual({ href: 'https://atlas.example.org/charts/terrorism-2020/', text: 'atlas.example.org/charts/terrorism-2020/' });
  });

  it('carries the current query when the frame links to the page itself (the map’s year and layers)', () => {
    const link = viewLink('/', new URL('http://127.0.0.1:3100/?year=2017&layers=exercises#map'));
    expect(link.href).toBe('http://127.0.0.1:3100/?year=2017&layers=exercises');
  });

  it('carries only the named parameters to another page, and never overrides the frame’s own', () => {
    const current = new URL('http://127.0.0.1:3100/?year=2017&focus=IND');
    expect(viewLink('/charts/membership/', current, ['year']).href).toBe('http://127.0.0.1:3100/charts/membership/?year=2017');
    expect(viewLink('/charts/membership/', current).href).toBe('http://127.0.0.1:3100/charts/membership/');
    expect(viewLink('/charts/membership/?year=2005', current, ['year']).href).toBe('http://127.0.0.1:3100/charts/membership/?year=2005');
  });
});

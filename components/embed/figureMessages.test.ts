import { describe, expect, it } from 'vitest';
import { EMBED_MESSAGE_TYPE } from './embedMessages';
import { FIGURE_LIMITS, figureError, figureImage, figureRequest, isPng, parseFigureMessage } from './figureMessages';

/** A buffer that starts like a PNG, `size` bytes long. */
function pngBytes(size = 128): ArrayBuffer {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes.buffer;
}

const palette = { background: '#0b1016', text: '#f2f5f8', muted: '#b8c2cc' };
const image = () => ({ png: pngBytes(), widthPx: 3456, heightPx: 1620, alt: 'Joint exercises by year', palette });

describe('parseFigureMessage', () => {
  it('reads a request, an image and an error as they were sent', () => {
    const request = figureRequest('map', 3, { title: 'SCO members, 2017', sourceLine: 'Source: TASS (2017)' });
    expect(parseFigureMessage(request)).toEqual(request);
    const reply = figureImage('exercises-by-year', 4, image());
    expect(parseFigureMessage(reply)).toEqual(reply);
    expect(parseFigureMessage(figureError('map', 5, 'There is nothing to export here.'))).toEqual(figureError('map', 5, 'There is nothing to export here.'));
    // The reason travels as a status key and its arguments: the deck words it in its own language.
    const unreadable = figureError('map', 6, 'unreadable', { width: 1920, height: 1080, min: 9 });
    expect(parseFigureMessage(unreadable)).toEqual(unreadable);
    expect(parseFigureMessage({ ...unreadable, params: { width: { nested: 1 } } })).toBeUndefined();
    expect(parseFigureMessage({ ...unreadable, params: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, i])) })).toBeUndefined();
  });

  it('ignores other scripts’ messages and the deck’s other kinds', () => {
    for (const data of [null, 'figure', 7, { kind: 'figure', chart: 'map', id: 1, title: '', sourceLine: '' }, { type: EMBED_MESSAGE_TYPE, kind: 'ready', chart: 'map' }]) {
      expect(parseFigureMessage(data)).toBeUndefined();
    }
  });

  it('rejects malformed ids, oversized text and wrong types', () => {
    const ok = { type: EMBED_MESSAGE_TYPE, kind: 'figure', chart: 'map', id: 1, title: 'T', sourceLine: 'S' };
    const bad = [
      { ...ok, id: -1 },
      { ...ok, id: 1.5 },
      { ...ok, id: '1' },
      { ...ok, chart: 'x'.repeat(65) },
      { ...ok, title: 'x'.repeat(FIGURE_LIMITS.title + 1) },
      { ...ok, sourceLine: 42 },
      { ...ok, kind: 'figureError', reason: 'x'.repeat(FIGURE_LIMITS.reason + 1) },
    ];
    for (const data of bad) expect(parseFigureMessage(data)).toBeUndefined();
  });

  it('takes an image only with PNG bytes, a plausible size, alt text and hex colours', () => {
    const ok = { ...figureImage('map', 2, image()) };
    const bad = [
      { ...ok, png: new Uint8Array(pngBytes()) },
      { ...ok, png: new ArrayBuffer(128) },
      { ...ok, png: pngBytes(16) },
      { ...ok, widthPx: 0 },
      { ...ok, heightPx: FIGURE_LIMITS.pixels + 1 },
      { ...ok, widthPx: 12.5 },
      { ...ok, alt: undefined },
      { ...ok, palette: { ...palette, text: 'red' } },
      { ...ok, palette: { ...palette, muted: 'url(https://example.org/x)' } },
      { ...ok, palette: null },
    ];
    for (const data of bad) expect(parseFigureMessage(data)).toBeUndefined();
  });

  it('cuts an error’s words to the limit rather than sending a page of them', () => {
    const m = figureError('map', 1, 'x'.repeat(FIGURE_LIMITS.reason * 2));
    expect(m.kind === 'figureError' && m.reason.length).toBe(FIGURE_LIMITS.reason);
    expect(parseFigureMessage(m)).toEqual(m);
  });
});

describe('isPng', () => {
  it('knows a PNG by its signature and refuses one without it or cut short', () => {
    expect(isPng(pngBytes())).toBe(true);
    expect(isPng(new ArrayBuffer(128))).toBe(false);
    expect(isPng(pngBytes(8))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { parseColor, toHex } from './color';

describe('parseColor', () => {
  it('reads the colours computed styles give', () => {
    expect(parseColor('rgb(15, 76, 138)')).toEqual({ hex: '#0f4c8a', alpha: 1 });
    expect(parseColor('rgba(0, 114, 178, 0.28)')).toEqual({ hex: '#0072b2', alpha: 0.28 });
    expect(parseColor('rgb(0 114 178 / 50%)')).toEqual({ hex: '#0072b2', alpha: 0.5 });
  });

  it('reads hex colours, short and long', () => {
    expect(parseColor('#FFF')).toEqual({ hex: '#ffffff', alpha: 1 });
    expect(parseColor('#0f4c8a80')).toEqual({ hex: '#0f4c8a', alpha: 128 / 255 });
  });

  it('treats transparent paint as none, so hit areas do not turn black', () => {
    expect(parseColor('rgba(0, 0, 0, 0)')).toBe('none');
    expect(parseColor('transparent')).toBe('none');
    expect(parseColor('none')).toBe('none');
  });

  it('leaves syntaxes other programs cannot read to the browser fallback', () => {
    expect(parseColor('oklch(0.5 0.1 250)')).toBeUndefined();
    expect(parseColor('url("#hatch")')).toBeUndefined();
    expect(toHex('color(display-p3 1 0 0)', '#000000')).toBe('#000000');
  });
});

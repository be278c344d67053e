import { describe, expect, it } from 'vitest';
import { fileName, pptxFileName, slug } from './fileName';

describe('fileName', () => {
  it('names a chart PNG by what it shows and the year', () => {
    expect(fileName({ base: 'sco-members', year: 2017, ext: 'png' })).toBe('sco-members-2017.png');
    expect(fileName({ base: 'sco-members', year: 2017, size: { scale: 1 }, ext: 'png' })).toBe('sco-members-2017.png');
  });

  it('marks scaled PNGs @2x/@4x and fixed sizes WxH', () => {
    expect(fileName({ base: 'sco-members', year: 2017, size: { scale: 2 }, ext: 'png' })).toBe('sco-members-2017@2x.png');
    expect(fileName({ base: 'sco-map', year: '2017', size: { width: 1920, height: 1080 }, ext: 'png' })).toBe(
      'sco-map-2017-1920x1080.png',
    );
    expect(fileName({ base: 'sco-map', size: { width: 1200, height: 675 }, ext: 'png' })).toBe('sco-map-1200x675.png');
  });

  it('does not repeat a year the base already ends with', () => {
    expect(fileName({ base: 'terrorism-2020', year: 2020, ext: 'csv' })).toBe('terrorism-2020.csv');
    expect(fileName({ base: 'terrorism-2020', ext: 'csv' })).toBe('terrorism-2020.csv');
  });

  it('puts sizes on PNGs only', () => {
    expect(fileName({ base: 'sco-map', year: 2017, size: { scale: 4 }, ext: 'svg' })).toBe('sco-map-2017.svg');
    expect(fileName({ base: 'sco-map', year: 2017, size: { width: 1920, height: 1080 }, ext: 'csv' })).toBe('sco-map-2017.csv');
  });

  it('makes any base safe for every file system', () => {
    expect(slug('Terrorism: 2020 / Russia (TASS)')).toBe('terrorism-2020-russia-tass');
    expect(slug('Ürümqi – Čeljabinsk')).toBe('urumqi-celjabinsk');
    expect(fileName({ base: '  ', ext: 'svg' })).toBe('sco-atlas.svg');
  });
});

describe('pptxFileName', () => {
  it('names a briefing by its date', () => {
    expect(pptxFileName('2026-12-05')).toBe('sco-briefing-2026-12-05.pptx');
    expect(pptxFileName(new Date(2026, 11, 5, 23, 59))).toBe('sco-briefing-2026-12-05.pptx');
  });

  it('leaves out a date that is not one', () => {
    expect(pptxFileName('5 December')).toBe('sco-briefing.pptx');
    expect(pptxFileName('2026-12-05/../x')).toBe('sco-briefing.pptx');
    expect(pptxFileName(new Date(Number.NaN))).toBe('sco-briefing.pptx');
  });
});

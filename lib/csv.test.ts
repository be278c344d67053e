import { describe, expect, it } from 'vitest';
import { csvBlob } from '@/components/export/csv';
import { csvField, toCsv, UTF8_BOM } from './csv';

const columns = [
  { key: 'country', label: 'Country' },
  { key: 'value', label: 'Value' },
  { key: 'note', label: 'Note, as stated' },
];

describe('toCsv', () => {
  it('writes a header of labels and one CRLF line per row, in column order', () => {
    const csv = toCsv(columns, [
      { value: 61, country: 'Russia', note: '' },
      { country: 'Kazakhstan', value: 45000, note: 'more than 45,000' },
    ]);
    expect(csv).toBe('Country,Value,"Note, as stated"\r\nRussia,61,\r\nKazakhstan,45000,"more than 45,000"\r\n');
  });

  it('quotes commas, quotes, line breaks and edge spaces (RFC 4180)', () => {
    expect(csvField('He said "no"')).toBe('"He said ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('plain text – Ürümqi')).toBe('plain text – Ürümqi');
  });

  it('leaves missing cells empty and never writes NaN', () => {
    expect(toCsv(columns, [{ country: 'China', value: Number.NaN }])).toBe('Country,Value,"Note, as stated"\r\nChina,,\r\n');
  });

  it('makes a UTF-8 file with a BOM for Excel', async () => {
    const blob = csvBlob(columns, [{ country: 'Türkiye', value: 1, note: '' }]);
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(`${UTF8_BOM}Country,Value,"Note, as stated"\r\nTürkiye,1,\r\n`);
  });
});

import { describe, expect, it } from 'vitest';
import { en } from '../en';
import { argumentNames, leaves, shapeOf, type Tree } from '../testing/catalogueChecks';
import { zh } from './index';

/** The Chinese catalogue against the English one: same keys, same placeholders, translated text,
 * Chinese punctuation. */

const EN = leaves(en as unknown as Tree);
const ZH = leaves(zh as unknown as Tree);

/** Values that stay as in English, placeholders aside: file formats, identifiers and size labels
 * (proper names and abbreviations, as Chinese software writes them too). */
const SAME_AS_ENGLISH = new Set([
  'CSV',
  'JSON',
  'SVG',
  'ID',
  'URL',
  'DOI',
  'PNG 1×',
  'PNG 2×',
  'PNG 4×',
  'PNG 1920 × 1080',
  'PNG 1200 × 675',
]);

const PLACEHOLDER = /\{(\w+)\}/g;
/** A value with no words outside its placeholders ("{value}", "{n} / {count}", "{value} · {period}"). */
const wordless = (text: string) => !/\p{L}/u.test(text.replace(PLACEHOLDER, ''));
const HAN = /\p{Script=Han}/u;
/** "DOI {doi}" is the name DOI with a placeholder. */
const properName = (text: string) => SAME_AS_ENGLISH.has(text.replace(PLACEHOLDER, '').trim());

describe('Chinese catalogue', () => {
  it('has the same keys as English at every level', () => {
    expect(shapeOf(zh as unknown as Tree)).toEqual(shapeOf(en as unknown as Tree));
    expect([...ZH.keys()].sort()).toEqual([...EN.keys()].sort());
  });

  it('keeps every placeholder of the English value, and adds none', () => {
    const wrong = [...EN].filter(([path, value]) => argumentNames(value).join() !== argumentNames(ZH.get(path) ?? '').join());
    expect(wrong.map(([path]) => path)).toEqual([]);
  });

  it('has no empty value', () => {
    expect([...ZH].filter(([, value]) => value.trim() === '').map(([path]) => path)).toEqual([]);
  });

  it('translates every value, except proper names and wordless templates', () => {
    const same = [...ZH].filter(([path, value]) => value === EN.get(path) && !properName(value) && !wordless(value));
    expect(same.map(([path]) => path)).toEqual([]);
  });

  it('writes its words in Chinese characters', () => {
    const needsHan = [...ZH].filter(([, value]) => !properName(value) && !wordless(value));
    expect(needsHan.filter(([, value]) => !HAN.test(value)).map(([path]) => path)).toEqual([]);
    // And most values overall are Chinese text.
    const han = [...ZH.values()].filter((value) => HAN.test(value)).length;
    expect(han / ZH.size).toBeGreaterThan(0.9);
  });

  it('uses full-width punctuation next to Chinese text', () => {
    // A half-width comma, period, colon, semicolon, ! or ? directly after a Chinese character.
    const afterHan = /\p{Script=Han}[,.:;!?]/u;
    // A half-width parenthesis touching a Chinese character.
    const parens = /\p{Script=Han}[()]|[()]\p{Script=Han}/u;
    const bad = [...ZH].filter(([, value]) => afterHan.test(value) || parens.test(value));
    expect(bad.map(([path, value]) => `${path}: ${value}`)).toEqual([]);
  });

  it('uses the Chinese ellipsis (……) and no straight quotes', () => {
    // A lone … (the Chinese ellipsis is two), a straight ' (ICU would read it as quoting) or ".
    const bad = [...ZH].filter(([, value]) => /(^|[^…])…([^…]|$)/.test(value) || /['"]/.test(value));
    expect(bad.map(([path, value]) => `${path}: ${value}`)).toEqual([]);
  });

  it('uses braces only as {name} placeholders', () => {
    const bad = [...ZH].filter(([, value]) => /[{}]/.test(value.replace(PLACEHOLDER, '')));
    expect(bad.map(([path]) => path)).toEqual([]);
  });

  it('names the SCO and its bodies in their established forms', () => {
    expect(zh.map.status.observer).toBe('观察员国');
    expect(zh.map.status.dialoguePartner).toBe('对话伙伴');
    expect(zh.map.status.shanghaiFive).toBe('上海五国');
    expect(zh.charts.rats.title).toContain('上合组织地区反恐怖机构');
    expect(zh.shell.metadata.description).toContain('上海合作组织');
  });
});

/**
 * The characters the Chinese pages and their exports draw: every character of the `zh` catalogue,
 * every state's Chinese name (`stateName`), and what numbers and dates are written with (digits,
 * ASCII, CJK and full-width punctuation, 年 月 日 …). The Noto Sans SC subset holds exactly these
 * (scripts/fonts/cjkSubset.ts); the screen's cut of it is in two files (cjkScreenFont.ts), the
 * first holding what the home page and every page's header and footer write. Pure.
 */
import { states } from '../../data/states';
import { stateName } from '../messages/stateNames';
import { zh } from '../../locales/zh';

/** Han, CJK punctuation, kana, full-width forms: what the subset must never lack. */
export const CJK_RANGE = /[\u2e80-\u2fdf\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;

/** Printable ASCII (U+0020–U+007E): digits, Latin letters in names and links, punctuation. */
const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');

/** CJK and full-width punctuation a Chinese sentence or number may use. */
const CJK_PUNCTUATION = '，。、；：？！…—～·「」『』《》〈〉（）【】“”‘’　％＋－／＝＜＞';

/** What `Intl` writes in Chinese dates, numbers and durations (2026年12月5日, 1.2万, 星期一). */
const FORMAT_CHARACTERS = '年月日时分秒周星期万亿一二三四五六七八九十百千零〇上下午';

/** Adds every character of every string in `value` (strings, arrays, objects' values) to `into`. */
export function collect(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') for (const char of value) into.add(char);
  else if (Array.isArray(value)) for (const item of value) collect(item, into);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) collect(item, into);
}

const byCodePoint = (a: string, b: string) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0);

/** Every character of the `zh` catalogue (keys excluded: only the strings are drawn). */
export function catalogueCharacters(): Set<string> {
  const chars = new Set<string>();
  collect(zh, chars);
  return chars;
}

/** What any page may write whatever its text: state names, punctuation, dates and numbers. */
function commonCharacters(into: Set<string>): Set<string> {
  for (const state of states) collect(stateName(state.id, state.name, 'zh'), into);
  collect(CJK_PUNCTUATION, into);
  collect(FORMAT_CHARACTERS, into);
  return into;
}

/** The characters the subset must hold, sorted by code point. */
export function cjkSubsetCharacters(): string[] {
  const chars = commonCharacters(catalogueCharacters());
  collect(ASCII, chars);
  // Line breaks and other controls are never drawn.
  return [...chars].filter((c) => (c.codePointAt(0) ?? 0) >= 0x20).sort(byCodePoint);
}

/**
 * The Chinese characters of the screen font's first file: the header, navigation and footer
 * (`shell`), the map explorer (`map`), the dashboard's charts section (`charts.overview`, each
 * chart's title, and the subtitle of the one chart it lists as a card: milestones, see
 * components/charts/chartIds.ts DASHBOARD_CHART_IDS), "Add to briefing", and the common
 * characters. What the Chinese home page writes (e2e/scriptFonts.spec.ts checks that it loads
 * this file alone).
 */
export function cjkFirstScreenCharacters(): string[] {
  const chars = new Set<string>();
  collect([zh.shell, zh.map, zh.format, zh.charts.overview, zh.charts.milestones.subtitle, zh.present.add.button], chars);
  for (const value of Object.values(zh.charts)) {
    if (typeof value === 'object' && value !== null && 'title' in value) collect(value.title, chars);
  }
  commonCharacters(chars);
  return [...chars].filter((c) => CJK_RANGE.test(c)).sort(byCodePoint);
}

/** The Chinese characters of the screen font's second file: the rest of the subset's. */
export function cjkLaterScreenCharacters(): string[] {
  const first = new Set(cjkFirstScreenCharacters());
  return cjkSubsetCharacters().filter((c) => CJK_RANGE.test(c) && !first.has(c));
}

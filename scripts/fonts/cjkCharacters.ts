/**
 * The characters the Chinese pages and their exports draw: every character of the `zh` catalogue,
 * every state's Chinese name (`stateName`), and what numbers and dates are written with (digits,
 * ASCII, CJK and full-width punctuation, 年 月 日 …). The Noto Sans SC subset holds exactly these
 * (scripts/fonts/cjkSubset.ts). Pure.
 */
import { states } from '../../data/states';
import { stateName } from '../../lib/messages/stateNames';
import { zh } from '../../locales/zh';

/** Printable ASCII (U+0020–U+007E): digits, Latin letters in names and links, punctuation. */
const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');

/** CJK and full-width punctuation a Chinese sentence or number may use. */
const CJK_PUNCTUATION = '，。、；：？！…—～·「」『』《》〈〉（）【】“”‘’　％＋－／＝＜＞';

/** What `Intl` writes in Chinese dates, numbers and durations (2026年12月5日, 1.2万, 星期一). */
const FORMAT_CHARACTERS = '年月日时分秒周星期万亿一二三四五六七八九十百千零〇上下午';

function collect(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') for (const char of value) into.add(char);
  else if (Array.isArray(value)) for (const item of value) collect(item, into);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) collect(item, into);
}

/** Every character of the `zh` catalogue (keys excluded: only the strings are drawn). */
export function catalogueCharacters(): Set<string> {
  const chars = new Set<string>();
  collect(zh, chars);
  return chars;
}

/** The characters the subset must hold, sorted by code point. */
export function cjkSubsetCharacters(): string[] {
  const chars = catalogueCharacters();
  for (const state of states) collect(stateName(state.id, state.name, 'zh'), chars);
  collect(ASCII, chars);
  collect(CJK_PUNCTUATION, chars);
  collect(FORMAT_CHARACTERS, chars);
  // Line breaks and other controls are never drawn.
  return [...chars].filter((c) => (c.codePointAt(0) ?? 0) >= 0x20).sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0));
}

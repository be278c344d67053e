import type { Catalogue } from '../shape';
import type { formatWords as en } from '../en/format';

/** Chinese words of lib/format.ts (see locales/en/format.ts). */
export const formatWords = {
  qualifiers: {
    exact: '{value}',
    moreThan: '超过{value}',
    atLeast: '至少{value}',
    nearly: '近{value}',
    about: '约{value}',
    upTo: '最多{value}',
  },
  /** A range as a source gives it: "2000至3000". */
  range: '{min}至{max}',
  dateRange: '{start}至{end}',
} satisfies Catalogue<typeof en>;

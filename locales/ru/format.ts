import type { Catalogue } from '../shape';
import type { formatWords as en } from '../en/format';

/** Russian words of lib/format.ts (see locales/en/format.ts). */
export const formatWords = {
  qualifiers: {
    exact: '{value}',
    moreThan: 'более {value}',
    atLeast: 'не менее {value}',
    nearly: 'почти {value}',
    about: 'около {value}',
    upTo: 'до {value}',
  },
  /** A range as a source gives it: "2000–3000". */
  range: '{min}–{max}',
  dateRange: '{start} — {end}',
} satisfies Catalogue<typeof en>;

/** English words of lib/format.ts: a count's qualifier, a range, a span of dates. Kept apart from
 * the rest of the catalogue because client leaves format counts and dates: only these ship. */
export const formatWords = {
  qualifiers: {
    exact: '{value}',
    moreThan: 'more than {value}',
    atLeast: 'at least {value}',
    nearly: 'nearly {value}',
    about: 'about {value}',
    upTo: 'up to {value}',
  },
  /** A range as a source gives it: "2,000–3,000". */
  range: '{min}–{max}',
  dateRange: '{start} – {end}',
} as const;

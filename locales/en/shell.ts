/** English strings for the shell feature: header, navigation, footer, themes, metadata, the
 * not-found page. Every user-facing string lives in locales/<locale>/. */
export const shell = {
  productName: 'SCO Security Atlas',
  tagline: 'Membership, joint exercises, border incidents and counter-terrorism in the Shanghai Cooperation Organization',
  metadata: {
    description:
      'Maps, charts and sourced tables of the Shanghai Cooperation Organization’s security cooperation: membership, joint exercises, border incidents, terrorism statistics and the Regional Anti-Terrorist Structure.',
    ogImageAlt: 'SCO Security Atlas: maps, charts and sourced tables of SCO security cooperation',
  },
  skipLink: 'Skip to main content',
  /** Generic strings of the components/ui primitives. */
  ui: {
    /** Announced after sorting a table: "Sorted by Date, ascending". */
    sortedBy: 'Sorted by {column}, {direction}',
    ascending: 'ascending',
    descending: 'descending',
    noRows: 'No rows to show.',
  },
  language: {
    /** The language switcher's accessible name. */
    label: 'Language',
    /** Shown once, in the reader's browser language, on a page in another: each in its own language. */
    suggest: 'This atlas is also in English.',
    open: 'Read it in English',
    dismiss: 'No, thanks',
  },
  nav: {
    label: 'Main',
    dashboard: 'Dashboard',
    charts: 'Charts',
    data: 'Data',
    sources: 'Sources',
    briefing: 'Briefing',
  },
  theme: {
    /** Accessible name of the theme menu button: "Theme: Dark". */
    buttonWithCurrent: 'Theme: {theme}',
    system: 'System',
    light: 'Light',
    dark: 'Dark',
    projector: 'Projector',
    systemHint: 'Follows your device',
    projectorHint: 'High contrast for large screens',
  },
  footer: {
    asOf: 'Data as of {date}',
    boundariesTitle: 'Boundaries',
    boundaries:
      'Boundaries and names shown on this site do not imply official endorsement or acceptance by the project. Country geometry is Natural Earth’s, which draws de facto lines; disputed areas such as Kashmir and Aksai Chin are drawn as Natural Earth draws them.',
    sourcesLink: 'Sources and contested figures',
    dataLink: 'Download the data',
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address. It may have moved, or the link may be mistyped.',
    home: 'Go to the dashboard',
    data: 'Browse the data',
  },
} as const;

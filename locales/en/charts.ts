/** English strings for the charts feature: the chart frame, the five charts, their tables and the
 * /charts pages. Every user-facing string lives in locales/<locale>/. */
export const charts = {
  frame: {
    /** Before the list of sources: "Source: Su Chang & Li Xinwei (2021); TASS (2020)". */
    sourcePrefix: 'Source: ',
    /** After the first publishers of a long source line. */
    moreSources: '; and {count} more (each row of the table names its sources)',
    asOf: 'Data as of {date}',
    link: 'Link to this view',
    legend: 'Legend',
  },
  views: {
    label: 'Show the data as',
    chart: 'Chart',
    table: 'Table',
    /** Caption of every data table: "{title}: the data as shown". */
    tableCaption: '{title}: the data as shown',
    keyboardHint:
      'Tab to a series, then use the arrow keys to move between its marks; Home and End jump to the first and last.',
    empty: 'No figures yet.',
    /** Tooltip line naming a mark's sources. */
    sources: 'Sources',
    yes: 'yes',
    no: 'no',
    /** A tooltip's line: "Figure: more than 200". */
    tipLine: '{label}: {value}',
  },
  overview: {
    title: 'Charts',
    all: 'All charts, each on its own page',
    more: 'More charts',
    open: 'Open the chart',
  },
  indexPage: {
    title: 'Charts',
    metaDescription: 'Charts of SCO security cooperation: terrorism statistics, RATS figures, membership, exercises and milestones.',
    intro:
      'Each chart groups figures only with figures that count the same thing, names the period each covers and flags where sources disagree. Every chart has a table of the same data and its own page to link to.',
    contents: 'All charts',
  },
  chartPage: {
    back: 'All charts',
  },
  terrorism: {
    title: 'Terrorism statistics, 2020: what each country counted',
    subtitle:
      'Countries report different things over different periods, so each panel shows one measure on its own scale. Compare only within a panel, and read the period on each bar.',
    /** Title of a panel of totals over several years: "Terrorist attacks prevented: totals over several years". */
    multiYearPanel: '{metric}: totals over several years',
    toggleOtherYears: 'Add other sourced years',
    legendYear: 'Whole year 2020',
    legendPart: 'Part of a year (period on the bar)',
    legendOtherYears: 'Other years, other sources',
    legendDisputed: 'Disputed: sources disagree',
    legendOtherValue: 'Value in another source',
    disputed: 'disputed',
    /** The flag on a disputed bar, with the other source's number: "disputed: 44". */
    disputedOther: 'disputed: {value}',
    legendMultiYear: 'Total over several years',
    /** Label at the end of a bar: "more than 200 · January–June 2020". */
    barLabel: '{value} · {period}',
    /** A bar's category in the editable PowerPoint chart: "Tajikistan · January–June 2020". */
    nativeCategory: '{country} · {period}',
    /** Accessible name of a bar. */
    markName: '{country}, {metric}, {period}: {value}',
    /** "…: 41 (disputed: 44 in UrduPoint (2021))". */
    markNameDisputed: '{country}, {metric}, {period}: {value} (disputed: {other})',
    otherValue: '{value} in {source}',
    /** Another source that words the count differently. */
    otherClaim: '“{text}” in {source}',
    partOf: 'Part of: {value}',
    /** What a figure is part of: "61 terrorist crimes stopped (2020)". */
    partOfValue: '{value} {metric} ({period})',
    tipPeriod: 'Period',
    tipValue: 'Figure',
    tipDisputed: 'Disputed',
    tipSources: 'Sources',
    tipNote: 'Note',
    columns: {
      metric: 'Measure',
      country: 'Country',
      period: 'Period',
      value: 'Value',
      stated: 'As stated',
      disputed: 'Disputed',
      otherValues: 'Other sources say',
      partOf: 'Part of',
      fromArticle: 'From the article',
      sources: 'Sources',
    },
  },
  rats: {
    title: 'What the Regional Anti-Terrorist Structure reported',
    subtitle:
      'Each point is one figure as reported, on a logarithmic scale (each gridline is ten times the one before), grouped by what it counts. The figures count different things over different periods, so no line joins them.',
    toggleOther: 'Add the other reported results',
    contested: 'contested',
    /** The sub-row under a contested figure: "vs more than 4,500 (15 March 2019)". */
    beside: 'vs {value} ({date})',
    /** When a figure was stated, and the period it covers: "2018 · covers 2013–2017". */
    when: '{date} · covers {period}',
    /** Accessible name of a point. */
    markName: '{date}, {counts}: {value}',
    markNameContested: '{date}, {counts}: {value} (contested: {other})',
    /** A contesting figure: "more than 4,500 radicals entered in the unified database …, 15 March 2019". */
    contestedByText: '{value} {counts}, {date}',
    legendContested: 'Contested: another source gives another figure',
    legendBeside: 'The figure that contests it',
    tipStated: 'As stated',
    tipDate: 'Reported',
    tipPeriod: 'Covers',
    tipSpeaker: 'Speaker',
    tipContested: 'Contested by',
    tipNote: 'Note',
    columns: {
      counts: 'What it counts',
      metric: 'Group',
      date: 'Reported',
      value: 'Value',
      valueText: 'Figure',
      stated: 'As stated',
      period: 'Covers',
      speaker: 'Speaker',
      contested: 'Contested',
      contestedBy: 'Contested by',
      sources: 'Sources',
    },
  },
  membership: {
    title: 'SCO members, observers and partners, 1996–{year}',
    subtitle:
      'The lines: states in each status, counted on 31 December of each year (the latest year on the data date). The bars: each state’s status over time. Select a year to show it on the map.',
    seriesMembers: 'Members',
    seriesMembersNote: 'Shanghai Five until 2001',
    seriesObservers: 'Observers',
    seriesDialoguePartners: 'Dialogue partners',
    seriesPartners: 'Partners',
    /** A count of one series: "10 members", "1 observer" (end labels, year names). */
    counts: {
      members: { one: '1 member', other: '{count} members' },
      observer: { one: '1 observer', other: '{count} observers' },
      dialoguePartner: { one: '1 dialogue partner', other: '{count} dialogue partners' },
      partner: { one: '1 partner', other: '{count} partners' },
    },
    yearsLabel: 'Year shown on the map',
    /** Accessible name of a year column. */
    yearName: '{year}: {counts}',
    lanesLabel: 'Status of each state over time',
    /** Accessible name of a lane segment: "India: Observer, July 2005 to 9 June 2017". */
    periodName: '{state}: {status}, {from} to {to}',
    periodNameOpen: '{state}: {status}, since {from}',
    showOnMap: 'Show {year} on the map',
    selected: 'Selected: {year}',
    columns: {
      year: 'Year',
      members: 'Members (incl. Shanghai Five)',
      shanghaiFive: 'Shanghai Five',
      member: 'SCO members',
      observer: 'Observers',
      dialoguePartner: 'Dialogue partners',
      partner: 'Partners',
    },
    laneColumns: {
      state: 'State',
      status: 'Status',
      from: 'From',
      to: 'To',
      sources: 'Sources',
    },
    lanesTableCaption: 'Status periods of each state',
    /** A status period that still holds: "July 2005 – now". */
    openSpan: '{from} – now',
  },
  exercises: {
    title: 'Joint exercises per year, by kind',
    subtitle:
      'SCO joint exercises and operations since 2002, each counted once, in the year it began. The record holds every one the sources read report; a year without a bar had none found in them, not necessarily none held.',
    /** Accessible name of a year's stack: "2014: 2 exercises (1 military, 1 law enforcement)". */
    yearName: '{year}: {summary}',
    total: '{count} exercises',
    totalOne: '1 exercise',
    /** A year's exercises and their kinds: "2 exercises (1 military, 1 law enforcement)". */
    summary: '{total} ({kinds})',
    /** Exercises of one kind in a year: "1 military", "2 law enforcement". */
    kindCounts: {
      military: '{count} military',
      lawEnforcement: '{count} law enforcement',
      cyber: '{count} cyber',
      borderOperation: '{count} border operation',
    },
    none: 'none found in the sources read',
    columns: {
      year: 'Year',
      total: 'Exercises',
      names: 'Names',
      sources: 'Sources',
    },
  },
  milestones: {
    title: 'Documents and institutions of SCO security cooperation',
    subtitle:
      'The treaties, conventions and bodies the cooperation rests on, down a time axis. Labels move apart where dates crowd; a line joins each to its date. Each mark links to its source.',
    toggleAll: 'Add summits and membership changes',
    /** Accessible name of a milestone link. */
    markName: '{date}: {title} ({kind}). Opens its source.',
    legendApproximate: 'Known to the year or month only',
    tipPlace: 'Place',
    tipInForce: 'In force',
    columns: {
      date: 'Date',
      title: 'Milestone',
      kind: 'Kind',
      place: 'Place',
      inForce: 'In force from',
      summary: 'What it did',
      sources: 'Sources',
      link: 'Source link',
    },
  },
} as const;

/** English strings for the data feature: the /data tables, their downloads and column names,
 * the /sources bibliography, and the readable names of the datasets' enums.
 * Every user-facing string lives in locales/<locale>/. */
export const data = {
  page: {
    title: 'Data',
    intro:
      'Every dataset behind the atlas, as tables you can sort and files you can download. Dates are shown as precisely as their source gives them; counts keep their source’s qualifier (“more than”, “about”). Each row names its sources. CSV files are UTF-8 (with a byte-order mark, for Excel); a cell with several values separates them with “; ”.',
    /** The link from a dataset's entry on the index to its table page. */
    viewTable: 'View table',
    /** Accessible name of that link: "View table of Joint exercises". */
    viewTableLabel: 'View table of {dataset}',
    records: '{count} records',
    recordsOne: '1 record',
    empty: 'No records yet.',
    /** The last column's header: each row's folded fields. */
    more: 'More',
    /** The disclosure that opens them, and its accessible name's tail ("about Peace Mission 2007"). */
    moreSummary: 'Show',
    moreAbout: 'sources, notes and details about {name}',
    downloads: 'Download',
    downloadCsv: 'CSV',
    downloadJson: 'JSON',
    /** Accessible name of a download link: "Download exercises as CSV". */
    downloadLabel: 'Download {dataset} as {format}',
    /** On a page in another language, beside its CSV: the file with English headers (the one linked from everywhere). */
    downloadCsvEnglish: 'CSV, English headers',
    downloadLabelEnglish: 'Download {dataset} as CSV with English headers',
    sourceLink: 'source page',
    /** Accessible name of a link to a source's own page: "Open source seed". */
    sourceUrlLabel: 'Open {source} at its publisher',
    scrollHint: 'Scroll sideways to see every column.',
  },
  /** One dataset's table page, /data/<id>/. */
  datasetPage: {
    /** Page title: "Joint exercises · Data". */
    metaTitle: '{dataset} · Data',
    back: 'All datasets',
    /** Under the title: the dataset's description, then how many records. */
    lede: '{description} {count}.',
    sortHint: 'Sort by any column with the button in its header.',
  },
  datasets: {
    sources: {
      title: 'Sources',
      description: 'The bibliography: every article, official page, news report and dataset a record cites.',
    },
    states: {
      title: 'States',
      description:
        'Each state’s SCO status over time (Shanghai Five, member, observer, dialogue partner, partner) and its capital.',
    },
    exercises: {
      title: 'Joint exercises',
      description:
        'Every joint exercise held in the SCO framework since 2002 that the sources read report (military, law-enforcement, cyber, border): when, where, who and how many.',
    },
    incidents: {
      title: 'Border incidents',
      description:
        'Every armed clash (an exchange of fire, or deaths) between two states while both were SCO members, 2001 on: when, where, the parties, and each statement of casualties with who gave it.',
    },
    terrorismStats: {
      title: 'Terrorism statistics',
      description:
        'National counter-terrorism figures by country. Each counts something different: compare within a metric, never across.',
    },
    ratsFigures: {
      title: 'RATS figures',
      description:
        'Figures reported for the Regional Anti-Terrorist Structure: database sizes, wanted persons, attacks prevented.',
    },
    milestones: {
      title: 'Milestones',
      description: 'Founding documents, institutions, summits and accessions.',
    },
  },
  columns: {
    id: 'ID',
    name: 'Name',
    title: 'Title',
    publisher: 'Publisher',
    date: 'Date',
    kind: 'Kind',
    url: 'URL',
    authors: 'Authors',
    inForce: 'In force from',
    doi: 'DOI',
    description: 'Description',
    iso3: 'ISO code',
    currentStatus: 'Status now',
    statusHistory: 'Status history',
    capital: 'Capital',
    capitalLat: 'Capital latitude',
    capitalLon: 'Capital longitude',
    capitalPrecision: 'Capital precision',
    capitalBasis: 'Capital basis',
    capitalSource: 'Capital source',
    start: 'Start',
    end: 'End',
    locations: 'Locations',
    lat: 'Latitude',
    lon: 'Longitude',
    precision: 'Precision',
    basis: 'Coordinate basis',
    hosts: 'Hosts',
    participants: 'Participants',
    observers: 'Observers',
    troops: 'Troops',
    place: 'Place',
    parties: 'Parties',
    casualties: 'Casualty statements (each: figures, whose, who gave them, when [source])',
    country: 'Country',
    metric: 'Metric',
    value: 'Value',
    qualifier: 'Qualifier',
    stated: 'As stated',
    period: 'Period',
    periodFrom: 'Period from',
    periodTo: 'Period to',
    fromSeed: 'From the article',
    partOf: 'Part of',
    counts: 'What it counts',
    valueText: 'Source wording',
    speaker: 'Speaker',
    contestedBy: 'Contested by',
    signatories: 'Signatories',
    summary: 'Summary',
    confidence: 'Confidence',
    sources: 'Sources',
    claims: 'Claims',
    note: 'Note',
  },
  cells: {
    yes: 'yes',
    no: 'no',
    /** A status period in the status-history column: "member from 2017-06-09". */
    periodOpen: '{status} from {from}',
    periodClosed: '{status} {from} to {to}',
    periodDecided: ' (decided {decided})',
    /** A count with its source: "more than 10,000 (seed)". */
    countWithSource: '{count} ({source})',
    /** A claim: "value: 45,000 (seed)". */
    claim: '{field}: {value} ({source})',
  },
  status: {
    shanghaiFive: 'Shanghai Five',
    member: 'Member',
    observer: 'Observer',
    dialoguePartner: 'Dialogue partner',
    partner: 'Partner',
  },
  exerciseKind: {
    military: 'Military',
    lawEnforcement: 'Law enforcement',
    cyber: 'Cyber',
    borderOperation: 'Border operation',
  },
  milestoneKind: {
    document: 'Document',
    institution: 'Institution',
    summit: 'Summit',
    membership: 'Membership',
  },
  sourceKind: {
    article: 'Article',
    news: 'News',
    official: 'Official',
    reference: 'Reference',
    dataset: 'Dataset',
  },
  confidence: {
    seed: 'From the article',
    sourced: 'Sourced',
    conflicting: 'Sources disagree',
  },
  coordPrecision: {
    site: 'site',
    town: 'town',
    district: 'district seat',
    region: 'regional seat',
  },
  terrorismMetric: {
    terroristCrimesStopped: 'Terrorist crimes stopped',
    terroristAttacksPrevented: 'Terrorist attacks prevented',
    terroristCrimesRegistered: 'Terrorist crimes registered',
    extremistOperationsStopped: 'Extremist operations stopped',
    suspectsArrested: 'Suspects arrested',
    criminalActsRegistered: 'Criminal acts registered',
    cellsDisrupted: 'Terrorist cells disrupted',
    militantsKilled: 'Militants killed',
    personsProsecuted: 'Persons prosecuted',
    personsConvicted: 'Persons convicted',
    terroristIncidents: 'Terrorist incidents',
  },
  ratsMetric: {
    databasePersons: 'Persons in the database',
    wantedPersons: 'Wanted persons',
    radicals: 'Radicals',
    attacksPrevented: 'Attacks prevented',
    cellsDisrupted: 'Cells disrupted',
    other: 'Other',
  },
  sourcesPage: {
    title: 'Sources',
    intro:
      'Every source the atlas cites, with the figures that rest on it. Where sources disagree, every version is kept with its source: see Contested figures.',
    contents: 'On this page',
    bibliography: 'Bibliography',
    contested: 'Contested figures',
    contestedIntro:
      'Records whose sources disagree. The atlas shows each claim beside its source rather than choosing one.',
    contestedNone: 'No contested figures yet.',
    contestedNote: 'Note: {note}',
    claimsLabel: 'Claims',
    claimValue: 'Claim',
    claimSource: 'Source',
    citedBy: 'Cited by {count} figures',
    citedByNone: 'No figure cites this source yet.',
    /** A source's citations in one dataset: "Cited by 3 figures in Joint exercises". */
    citedByIn: 'Cited by {count} figures in {dataset}',
    citedByOneIn: 'Cited by 1 figure in {dataset}',
    /** In several: "Cited by 80 figures: 36 in States, 20 in Joint exercises". */
    citedByAcross: 'Cited by {count} figures: {datasets}',
    datasetShare: '{count} in {dataset}',
    /** Shown in an opened list before it loads, or without JavaScript: then links to the tables. */
    citationsInTables: 'Each figure is a row of its table:',
    citationsLoading: 'Loading the figures…',
    citationsError: 'The list could not be loaded.',
    /** The contested figures on /sources: a count, a link to their page, and their names. */
    contestedAll: 'Every claim of the {count} contested figures, with its source',
    contestedIndexLabel: 'Contested figures by name',
    contestedItem: '{figure} ({dataset})',
    backToSources: 'Back to the bibliography',
    undated: 'Undated',
    doiLabel: 'DOI {doi}',
    citationField: 'field {field}',
    citationLocator: 'at {locator}',
    /** Before a quote in another language than the page's: quotes stay in their source's language. */
    quoteLanguage: {
      en: 'Quote in English',
      ru: 'Quote in Russian',
      zh: 'Quote in Chinese',
    },
    wholeRecord: 'the record',
    linkedWith: 'Contradicts: {records}',
    count: '{count} sources',
  },
} as const;

import type { LocaleMessages } from '../shape';

/** Russian strings for the data feature: the /data tables, their downloads and column names,
 * the /sources bibliography, and the readable names of the datasets' enums.
 * Every user-facing string lives in locales/<locale>/. Terms: locales/GLOSSARY.md. */
export const data = {
  page: {
    title: 'Данные',
    intro:
      'Все наборы данных, на которых построен атлас, — в виде таблиц, которые можно сортировать, и файлов, которые можно скачать. Даты показаны с той точностью, с какой их приводит источник; числа сохраняют оговорку источника («более», «около»). В каждой строке указаны её источники. Файлы CSV — в кодировке UTF-8 (с меткой порядка байтов, для Excel); если в ячейке несколько значений, они разделены знаками «; ».',
    /** The link from a dataset's entry on the index to its table page. */
    viewTable: 'Открыть таблицу',
    /** Accessible name of that link: "Открыть таблицу «Совместные учения»". */
    viewTableLabel: 'Открыть таблицу «{dataset}»',
    records: '{count, plural, one {# запись} few {# записи} many {# записей} other {# записи}}',
    recordsOne: '1 запись',
    empty: 'Записей пока нет.',
    /** The last column's header: each row's folded fields. */
    more: 'Подробнее',
    /** The disclosure that opens them, and its accessible name's tail ("Показать источники, примечания и подробности: Мирная миссия — 2007"). */
    moreSummary: 'Показать',
    moreAbout: 'источники, примечания и подробности: {name}',
    downloads: 'Скачать',
    downloadCsv: 'CSV',
    downloadJson: 'JSON',
    /** Accessible name of a download link: "Скачать «Совместные учения» в формате CSV". */
    downloadLabel: 'Скачать «{dataset}» в формате {format}',
    /** Beside the Russian CSV: the file with English headers. */
    downloadCsvEnglish: 'CSV, заголовки на английском',
    downloadLabelEnglish: 'Скачать «{dataset}» в формате CSV с заголовками на английском',
    sourceLink: 'страница источника',
    /** Accessible name of a link to a source's own page. */
    sourceUrlLabel: 'Открыть «{source}» на сайте издателя',
    scrollHint: 'Прокрутите таблицу по горизонтали, чтобы увидеть все столбцы.',
  },
  /** One dataset's table page, /data/<id>/. */
  datasetPage: {
    /** Page title: "Совместные учения · Данные". */
    metaTitle: '{dataset} · Данные',
    back: 'Все наборы данных',
    lede: '{description} {count}.',
    sortHint: 'Сортировать можно по любому столбцу кнопкой в его заголовке.',
  },
  datasets: {
    sources: {
      title: 'Источники',
      description: 'Библиография: все статьи, официальные страницы, новостные сообщения и наборы данных, на которые ссылаются записи.',
    },
    states: {
      title: 'Государства',
      description:
        'Статус каждого государства в ШОС во времени («Шанхайская пятёрка», государство-член, государство-наблюдатель, партнёр по диалогу, партнёр ШОС) и его столица.',
    },
    exercises: {
      title: 'Совместные учения',
      description:
        'Все совместные учения в рамках ШОС с 2002 года, о которых сообщают изученные источники (военные, правоохранительные, по кибербезопасности, пограничные): когда, где, с чьим участием и какой численности.',
    },
    incidents: {
      title: 'Пограничные инциденты',
      description:
        'Все вооружённые столкновения (перестрелка или гибель людей) между двумя государствами в период, когда оба были членами ШОС, с 2001 года: когда, где, стороны и каждое заявление о потерях с указанием того, кто его сделал.',
    },
    terrorismStats: {
      title: 'Статистика терроризма',
      description:
        'Национальные показатели борьбы с терроризмом по странам. Каждый учитывает своё: сравнивайте в пределах одного показателя и никогда — между разными.',
    },
    ratsFigures: {
      title: 'Данные РАТС',
      description:
        'Опубликованные показатели Региональной антитеррористической структуры: объём баз данных, лица в розыске, предотвращённые теракты.',
    },
    milestones: {
      title: 'Вехи',
      description: 'Учредительные документы, органы, саммиты и вступления в организацию.',
    },
  },
  columns: {
    id: 'ID',
    name: 'Название',
    title: 'Заглавие',
    publisher: 'Издатель',
    date: 'Дата',
    kind: 'Вид',
    url: 'URL',
    authors: 'Авторы',
    inForce: 'Действует с',
    doi: 'DOI',
    description: 'Описание',
    iso3: 'Код ISO',
    currentStatus: 'Текущий статус',
    statusHistory: 'История статуса',
    capital: 'Столица',
    capitalLat: 'Широта столицы',
    capitalLon: 'Долгота столицы',
    capitalPrecision: 'Точность координат столицы',
    capitalBasis: 'Основание координат столицы',
    capitalSource: 'Источник координат столицы',
    start: 'Начало',
    end: 'Окончание',
    locations: 'Места',
    lat: 'Широта',
    lon: 'Долгота',
    precision: 'Точность',
    basis: 'Основание координат',
    hosts: 'Принимающие стороны',
    participants: 'Участники',
    observers: 'Наблюдатели',
    troops: 'Численность войск',
    place: 'Место',
    parties: 'Стороны',
    casualties: 'Заявления о потерях (в каждом: цифры, чьи потери, кто сообщил, когда [источник])',
    country: 'Страна',
    metric: 'Показатель',
    value: 'Значение',
    qualifier: 'Оговорка',
    stated: 'Как в источнике',
    period: 'Период',
    periodFrom: 'Начало периода',
    periodTo: 'Конец периода',
    fromSeed: 'Из статьи',
    partOf: 'Входит в',
    counts: 'Что учитывает',
    valueText: 'Формулировка источника',
    speaker: 'Автор заявления',
    contestedBy: 'Чем оспаривается',
    signatories: 'Подписавшие стороны',
    summary: 'Краткое содержание',
    confidence: 'Достоверность',
    sources: 'Источники',
    claims: 'Утверждения',
    note: 'Примечание',
  },
  cells: {
    yes: 'да',
    no: 'нет',
    /** A status period in the status-history column: "государство-член с 2017-06-09". */
    periodOpen: '{status} с {from}',
    periodClosed: '{status} с {from} по {to}',
    periodDecided: ' (решение от {decided})',
    /** A count with its source: "более 10 000 (seed)". */
    countWithSource: '{count} ({source})',
    /** A claim: "value: 45 000 (seed)". */
    claim: '{field}: {value} ({source})',
  },
  status: {
    shanghaiFive: '«Шанхайская пятёрка»',
    member: 'Государство-член',
    observer: 'Государство-наблюдатель',
    dialoguePartner: 'Партнёр по диалогу',
    partner: 'Партнёр ШОС',
  },
  exerciseKind: {
    military: 'Военные',
    lawEnforcement: 'Правоохранительные',
    cyber: 'Кибербезопасность',
    borderOperation: 'Пограничные операции',
  },
  milestoneKind: {
    document: 'Документ',
    institution: 'Орган',
    summit: 'Саммит',
    membership: 'Членство',
  },
  sourceKind: {
    article: 'Статья',
    news: 'Новости',
    official: 'Официальный источник',
    reference: 'Справочник',
    dataset: 'Набор данных',
  },
  confidence: {
    seed: 'Из статьи',
    sourced: 'Подтверждено источником',
    conflicting: 'Источники расходятся',
  },
  coordPrecision: {
    site: 'точное место',
    town: 'населённый пункт',
    district: 'районный центр',
    region: 'областной центр',
  },
  terrorismMetric: {
    terroristCrimesStopped: 'Пресечённые преступления террористического характера',
    terroristAttacksPrevented: 'Предотвращённые теракты',
    terroristCrimesRegistered: 'Зарегистрированные преступления террористического характера',
    extremistOperationsStopped: 'Пресечённые экстремистские акции',
    suspectsArrested: 'Задержанные подозреваемые',
    criminalActsRegistered: 'Зарегистрированные преступные деяния',
    cellsDisrupted: 'Ликвидированные террористические ячейки',
    militantsKilled: 'Ликвидированные боевики',
    personsProsecuted: 'Лица, привлечённые к уголовной ответственности',
    personsConvicted: 'Осуждённые лица',
    terroristIncidents: 'Террористические инциденты',
  },
  ratsMetric: {
    databasePersons: 'Лица в базе данных',
    wantedPersons: 'Лица в розыске',
    radicals: 'Радикалы',
    attacksPrevented: 'Предотвращённые теракты',
    cellsDisrupted: 'Ликвидированные ячейки',
    other: 'Прочее',
  },
  sourcesPage: {
    title: 'Источники',
    intro:
      'Все источники, на которые ссылается атлас, с показателями, которые на них опираются. Где источники расходятся, сохраняется каждая версия со своим источником: см. «Спорные показатели».',
    contents: 'На этой странице',
    bibliography: 'Библиография',
    contested: 'Спорные показатели',
    contestedIntro:
      'Записи, источники которых расходятся. Атлас показывает каждое утверждение рядом с его источником, а не выбирает одно из них.',
    contestedNone: 'Спорных показателей пока нет.',
    contestedNote: 'Примечание: {note}',
    claimsLabel: 'Утверждения',
    claimValue: 'Утверждение',
    claimSource: 'Источник',
    citedBy: 'Используется в {count, plural, one {# показателе} few {# показателях} many {# показателях} other {# показателя}}',
    citedByNone: 'Этот источник пока не используется ни в одном показателе.',
    /** A source's citations in one dataset: "Используется в 3 показателях набора «Совместные учения»". */
    citedByIn:
      'Используется в {count, plural, one {# показателе} few {# показателях} many {# показателях} other {# показателя}} набора «{dataset}»',
    citedByOneIn: 'Используется в 1 показателе набора «{dataset}»',
    /** In several: "Используется в 80 показателях: Государства: 36, Совместные учения: 20". */
    citedByAcross: 'Используется в {count, plural, one {# показателе} few {# показателях} many {# показателях} other {# показателя}}: {datasets}',
    /** One dataset's share, with the dataset first so its name stays in the nominative. */
    datasetShare: '{dataset}: {count}',
    /** Shown in an opened list before it loads, or without JavaScript: then links to the tables. */
    citationsInTables: 'Каждый показатель — строка своей таблицы:',
    citationsLoading: 'Загрузка показателей…',
    citationsError: 'Не удалось загрузить список.',
    /** The contested figures on /sources: a count, a link to their page, and their names. */
    contestedAll:
      'Все утверждения по {count, plural, one {# спорному показателю} few {# спорным показателям} many {# спорным показателям} other {# спорного показателя}} с их источниками',
    contestedIndexLabel: 'Спорные показатели по названиям',
    contestedItem: '{figure} ({dataset})',
    backToSources: 'Назад к библиографии',
    undated: 'Без даты',
    doiLabel: 'DOI {doi}',
    citationField: 'поле «{field}»',
    citationLocator: 'место в источнике: {locator}',
    /** Before a quote in another language than the page's. */
    quoteLanguage: {
      en: 'Цитата на английском',
      ru: 'Цитата на русском',
      zh: 'Цитата на китайском',
    },
    wholeRecord: 'вся запись',
    linkedWith: 'Противоречит: {records}',
    count: '{count, plural, one {# источник} few {# источника} many {# источников} other {# источника}}',
  },
} satisfies LocaleMessages['data'];

import type { LocaleMessages } from '../shape';

/** Russian strings for the charts feature: the chart frame, the five charts, their tables and the
 * /charts pages. Every user-facing string lives in locales/<locale>/. Terms: locales/GLOSSARY.md. */
export const charts = {
  frame: {
    /** Before the list of sources: "Источник: Су Чан и Ли Синьвэй (2021); ТАСС (2020)". */
    sourcePrefix: 'Источник: ',
    /** After the first publishers of a long source line. */
    moreSources:
      '; и ещё {count, plural, one {# источник} few {# источника} many {# источников} other {# источника}} (источники указаны в каждой строке таблицы)',
    asOf: 'Данные на {date}',
    link: 'Ссылка на этот вид',
    legend: 'Легенда',
  },
  views: {
    label: 'Вид данных',
    chart: 'Диаграмма',
    table: 'Таблица',
    /** Caption of every data table: "{title}: показанные данные". */
    tableCaption: '{title}: показанные данные',
    keyboardHint:
      'Клавишей Tab перейдите к ряду данных, затем перемещайтесь между его отметками клавишами со стрелками; Home и End переводят к первой и последней.',
    empty: 'Данных пока нет.',
    /** Tooltip line naming a mark's sources. */
    sources: 'Источники',
    yes: 'да',
    no: 'нет',
    tipLine: '{label}: {value}',
  },
  overview: {
    title: 'Диаграммы',
    all: 'Все диаграммы, у каждой своя страница',
    more: 'Другие диаграммы',
    open: 'Открыть диаграмму',
  },
  indexPage: {
    title: 'Диаграммы',
    metaDescription: 'Диаграммы сотрудничества ШОС в сфере безопасности: статистика терроризма, данные РАТС, состав, учения и вехи.',
    intro:
      'Каждая диаграмма сопоставляет только показатели, которые учитывают одно и то же, указывает период каждого из них и отмечает, где источники расходятся. У каждой диаграммы есть таблица с теми же данными и своя страница, на которую можно дать ссылку.',
    contents: 'Все диаграммы',
  },
  chartPage: {
    back: 'Все диаграммы',
  },
  terrorism: {
    title: 'Статистика терроризма за 2020 год: что учитывала каждая страна',
    subtitle:
      'Страны сообщают о разном и за разные периоды, поэтому каждая панель показывает один показатель в собственном масштабе. Сравнивайте только в пределах панели и смотрите период, указанный на каждом столбце.',
    /** Title of a panel of totals over several years: "Предотвращённые теракты: итоги за несколько лет". */
    multiYearPanel: '{metric}: итоги за несколько лет',
    toggleOtherYears: 'Добавить другие годы с источниками',
    legendYear: 'Весь 2020 год',
    legendPart: 'Часть года (период указан на столбце)',
    legendOtherYears: 'Другие годы, другие источники',
    legendDisputed: 'Спорно: источники расходятся',
    legendOtherValue: 'Значение из другого источника',
    disputed: 'спорно',
    /** The flag on a disputed bar, with the other source's number: "спорно: 44". */
    disputedOther: 'спорно: {value}',
    legendMultiYear: 'Итог за несколько лет',
    /** Label at the end of a bar: "более 200 · январь — июнь 2020 г.". */
    barLabel: '{value} · {period}',
    /** A bar's category in the editable PowerPoint chart: "Таджикистан · январь — июнь 2020 г.". */
    nativeCategory: '{country} · {period}',
    /** Accessible name of a bar. */
    markName: '{country}, {metric}, {period}: {value}',
    /** "…: 41 (спорно: 44 — UrduPoint (2021))". */
    markNameDisputed: '{country}, {metric}, {period}: {value} (спорно: {other})',
    otherValue: '{value} — {source}',
    /** Another source that words the count differently. */
    otherClaim: '«{text}» — {source}',
    partOf: 'Входит в: {value}',
    /** "Предотвращённые террористические преступления: 61 (2020)". */
    partOfValue: '{metric}: {value} ({period})',
    tipPeriod: 'Период',
    tipValue: 'Значение',
    tipDisputed: 'Спорно',
    tipSources: 'Источники',
    tipNote: 'Примечание',
    columns: {
      metric: 'Показатель',
      country: 'Страна',
      period: 'Период',
      value: 'Значение',
      stated: 'Как в источнике',
      disputed: 'Спорно',
      otherValues: 'Данные других источников',
      partOf: 'Входит в',
      fromArticle: 'Из статьи',
      sources: 'Источники',
    },
  },
  rats: {
    title: 'О чём сообщала Региональная антитеррористическая структура',
    subtitle:
      'Каждая точка — один показатель в том виде, в каком о нём сообщено, на логарифмической шкале (каждая линия сетки в десять раз больше предыдущей), сгруппированный по тому, что он учитывает. Показатели учитывают разное за разные периоды, поэтому никакая линия их не соединяет.',
    toggleOther: 'Добавить остальные опубликованные результаты',
    contested: 'оспаривается',
    /** The sub-row under a contested figure: "другая цифра: более 4500 (15 марта 2019 г.)". */
    beside: 'другая цифра: {value} ({date})',
    /** When a figure was stated, and the period it covers: "2018 · период: 2013–2017". */
    when: '{date} · период: {period}',
    /** Accessible name of a point. */
    markName: '{date}, {counts}: {value}',
    markNameContested: '{date}, {counts}: {value} (оспаривается: {other})',
    /** A contesting figure: "радикалы, внесённые в единую базу данных: более 4500, 15 марта 2019 г."
     * (the label first, so the noun need not agree with a qualified figure). */
    contestedByText: '{counts}: {value}, {date}',
    legendContested: 'Оспаривается: другой источник приводит другую цифру',
    legendBeside: 'Цифра, которая его оспаривает',
    tipStated: 'Как в источнике',
    tipDate: 'Дата сообщения',
    tipPeriod: 'Период',
    tipSpeaker: 'Автор заявления',
    tipContested: 'Чем оспаривается',
    tipNote: 'Примечание',
    columns: {
      counts: 'Что учитывает',
      metric: 'Группа',
      date: 'Дата сообщения',
      value: 'Значение',
      valueText: 'Цифра',
      stated: 'Как в источнике',
      period: 'Период',
      speaker: 'Автор заявления',
      contested: 'Оспаривается',
      contestedBy: 'Чем оспаривается',
      sources: 'Источники',
    },
  },
  membership: {
    title: 'Государства-члены, наблюдатели и партнёры ШОС, 1996–{year}',
    subtitle:
      'Линии: число государств с каждым статусом на 31 декабря каждого года (за последний год — на дату данных). Полосы: статус каждого государства во времени. Выберите год, чтобы показать его на карте.',
    seriesMembers: 'Государства-члены',
    seriesMembersNote: '«Шанхайская пятёрка» до 2001 года',
    seriesObservers: 'Государства-наблюдатели',
    seriesDialoguePartners: 'Партнёры по диалогу',
    seriesPartners: 'Партнёры ШОС',
    /** A count of one series: "10 государств-членов", "1 государство-наблюдатель" (end labels, year names).
     * `one` is used for exactly 1; `other` is a full ICU plural, so 21 takes the singular form. */
    counts: {
      members: {
        one: '1 государство-член',
        other: '{count, plural, one {# государство-член} few {# государства-члена} many {# государств-членов} other {# государства-члена}}',
      },
      observer: {
        one: '1 государство-наблюдатель',
        other:
          '{count, plural, one {# государство-наблюдатель} few {# государства-наблюдателя} many {# государств-наблюдателей} other {# государства-наблюдателя}}',
      },
      dialoguePartner: {
        one: '1 партнёр по диалогу',
        other: '{count, plural, one {# партнёр по диалогу} few {# партнёра по диалогу} many {# партнёров по диалогу} other {# партнёра по диалогу}}',
      },
      partner: {
        one: '1 партнёр ШОС',
        other: '{count, plural, one {# партнёр ШОС} few {# партнёра ШОС} many {# партнёров ШОС} other {# партнёра ШОС}}',
      },
    },
    yearsLabel: 'Год, показанный на карте',
    /** Accessible name of a year column. */
    yearName: '{year}: {counts}',
    lanesLabel: 'Статус каждого государства во времени',
    /** Accessible name of a lane segment: "Индия: государство-наблюдатель, июль 2005 г. — 9 июня 2017 г.". */
    periodName: '{state}: {status}, {from} — {to}',
    periodNameOpen: '{state}: {status}, с {from}',
    showOnMap: 'Показать {year} год на карте',
    selected: 'Выбран {year} год',
    columns: {
      year: 'Год',
      members: 'Государства-члены (вкл. «Шанхайскую пятёрку»)',
      shanghaiFive: '«Шанхайская пятёрка»',
      member: 'Государства — члены ШОС',
      observer: 'Государства-наблюдатели',
      dialoguePartner: 'Партнёры по диалогу',
      partner: 'Партнёры ШОС',
    },
    laneColumns: {
      state: 'Государство',
      status: 'Статус',
      from: 'Начало',
      to: 'Окончание',
      sources: 'Источники',
    },
    lanesTableCaption: 'Периоды статуса каждого государства',
    openSpan: '{from} — по настоящее время',
  },
  exercises: {
    title: 'Совместные учения по годам и видам',
    subtitle:
      'Совместные учения и операции ШОС с 2002 года; каждое учтено один раз — в году начала. Здесь собраны все, о которых сообщают изученные источники; год без столбца означает, что в них ничего не найдено, но не обязательно, что учений не было.',
    /** Accessible name of a year's stack: "2014: 2 учения (1 военное, 1 правоохранительное)". */
    yearName: '{year}: {summary}',
    total: '{count, plural, one {# учение} few {# учения} many {# учений} other {# учения}}',
    totalOne: '1 учение',
    /** "2 учения (1 военное, 1 правоохранительное)". */
    summary: '{total} ({kinds})',
    kindCounts: {
      military: '{count, plural, one {# военное} few {# военных} many {# военных} other {# военного}}',
      lawEnforcement: '{count, plural, one {# правоохранительное} few {# правоохранительных} many {# правоохранительных} other {# правоохранительного}}',
      cyber: '{count, plural, one {# по кибербезопасности} few {# по кибербезопасности} many {# по кибербезопасности} other {# по кибербезопасности}}',
      borderOperation: '{count, plural, one {# пограничная операция} few {# пограничные операции} many {# пограничных операций} other {# пограничной операции}}',
    },
    none: 'в изученных источниках не найдено',
    columns: {
      year: 'Год',
      total: 'Число учений',
      names: 'Названия',
      sources: 'Источники',
    },
  },
  milestones: {
    title: 'Документы и институты сотрудничества ШОС в сфере безопасности',
    subtitle:
      'Договоры, конвенции и органы, на которых строится сотрудничество, на оси времени. Подписи раздвигаются там, где даты стоят тесно; линия соединяет каждую подпись с её датой. Каждая отметка ведёт к своему источнику.',
    toggleAll: 'Добавить саммиты и изменения состава',
    /** Accessible name of a milestone link. */
    markName: '{date}: {title} ({kind}). Открывает источник.',
    legendApproximate: 'Известно только с точностью до года или месяца',
    tipPlace: 'Место',
    tipInForce: 'Вступление в силу',
    columns: {
      date: 'Дата',
      title: 'Веха',
      kind: 'Вид',
      place: 'Место',
      inForce: 'Действует с',
      summary: 'Суть',
      sources: 'Источники',
      link: 'Ссылка на источник',
    },
  },
} satisfies LocaleMessages['charts'];

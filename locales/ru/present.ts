import type { LocaleMessages } from '../shape';

/** Russian strings for briefing mode (components/present, app/(deck)): the deck, its speaker notes,
 * the presenter view, the deck editor and "Add to briefing". Notes are templates filled from the
 * data (`{name}` placeholders; counted nouns as ICU plurals), so a translation changes words,
 * never figures. Terms: locales/GLOSSARY.md. */
export const present = {
  metadata: {
    title: 'Брифинг',
    description:
      'Показ атласа в виде полноэкранных слайдов: интерактивная карта по годам и диаграммы, с заметками докладчика, режимом докладчика и вашими собственными наборами слайдов.',
    presenterTitle: 'Режим докладчика',
    editTitle: 'Редактирование брифинга',
  },
  deck: {
    label: 'Слайды брифинга',
    /** A slide's accessible name: "Слайд 3 из 13: Государства-члены… 2001". */
    slideLabel: 'Слайд {n} из {count}: {title}',
    counter: '{n} / {count}',
    counterLabel: 'Слайд {n} из {count}',
    /** While a number is typed before Enter. */
    typing: 'Переход к слайду {digits}…',
    toolbar: 'Управление брифингом',
    previous: 'Предыдущий слайд',
    next: 'Следующий слайд',
    fullscreen: 'Полный экран (F)',
    notes: 'Заметки (N)',
    presenter: 'Режим докладчика (P)',
    black: 'Чёрный экран (B)',
    play: 'Воспроизвести годы (A)',
    edit: 'Изменить набор слайдов',
    print: 'Раздаточный материал',
    printPreparing: 'Подготовка раздаточного материала…',
    exit: 'Выход',
    theme: 'Тема',
    themes: { projector: 'Проектор', dark: 'Тёмная', light: 'Светлая' },
    pptx: 'Скачать PowerPoint',
    pptxPending: 'Экспорт в PowerPoint ещё в разработке и пока недоступен.',
    blackedOut: 'Экран затемнён. Нажмите B или «.», чтобы снова показать слайд.',
    keysTitle: 'Клавиши',
    /** Key names as printed on keyboards (Latin letters: the shortcuts are the Latin keys). */
    keys: '→ ↓ Пробел Enter PageDown: далее · ← ↑ Shift+Пробел PageUp: назад · Home/End · номер, затем Enter: переход к слайду · F полный экран · B или . чёрный экран · N заметки · P режим докладчика · A воспроизвести карту · Esc выход',
    custom: 'Ваш собственный брифинг ({count, plural, one {# слайд} few {# слайда} many {# слайдов} other {# слайда}}).',
    ignoredIntro: 'Часть брифинга по этой ссылке не удалось прочитать, и она пропущена:',
    ignoredPart: 'часть {position} («{text}»): {reason}',
    ignoredAll: 'Брифинг по этой ссылке не удалось прочитать ({reason}); показан брифинг по умолчанию.',
    adjusted: 'Слайды {positions}: часть параметров их вида не распознана, для них оставлены значения по умолчанию.',
    /** Fill {reason} in both a part's line and the whole briefing's, so they avoid gendered forms. */
    reasons: {
      version: 'формат, неизвестный этому сайту',
      tooLong: 'превышена допустимая длина',
      malformed: 'не в формате брифинга',
      unknownSlide: 'такого слайда на этом сайте нет',
      invalid: 'недопустимые заголовок, заметки или вид',
      tooMany: 'больше слайдов, чем допускает брифинг',
    },
    frameTitle: 'Слайд {n}: {title}',
    loading: 'Загрузка слайда…',
  },
  notes: {
    heading: 'Заметки докладчика',
    figures: 'Ключевые цифры',
    contested: 'Спорные показатели',
    sources: 'Источники',
    none: 'Для этого слайда заметок нет.',
    /** Plain-text notes (PowerPoint's notes pane). */
    plainFigures: 'КЛЮЧЕВЫЕ ЦИФРЫ',
    plainContested: 'СПОРНЫЕ ПОКАЗАТЕЛИ',
    plainSources: 'ИСТОЧНИКИ',
    sourceItem: '{label}: {url}',
    moreSources: 'Все источники: {url}',
  },
  titleSlide: {
    eyebrow: 'Брифинг',
    lede: 'Интерактивный атлас с источниками о сотрудничестве Шанхайской организации сотрудничества в сфере безопасности: состав по годам, совместные учения, пограничные инциденты, статистика терроризма и данные её Региональной антитеррористической структуры (РАТС).',
    asOf: 'Данные на {date}',
    facts:
      '{states, plural, one {# государство} few {# государства} many {# государств} other {# государства}} со статусом в ШОС · {exercises, plural, one {# совместное учение} few {# совместных учения} many {# совместных учений} other {# совместного учения}} · {incidents, plural, one {# пограничный инцидент} few {# пограничных инцидента} many {# пограничных инцидентов} other {# пограничного инцидента}} · {figures, plural, one {# показатель} few {# показателя} many {# показателей} other {# показателя}} с источниками',
    title: 'Атлас безопасности ШОС',
    /** The authors' names stay in Latin as the article publishes them (the source line cites it in English). */
    noteWhat:
      'Что это: каждая цифра в этом брифинге взята из статьи Su Chang и Li Xinwei (China International Studies, 2021) или из открытого источника, названного на слайде; ни одна цифра не является оценкой.',
    noteCount: 'В данных: {facts}; данные актуальны на {date}.',
    noteContested:
      'Где источники расходятся, атлас сохраняет каждую версию с её источником; {count, plural, one {# показатель оспаривается} few {# показателя оспариваются} many {# показателей оспариваются} other {# показателя оспаривается}}.',
    noteHow:
      'Каждый слайд с картой — интерактивная карта: наведите указатель на государство или метку или переведите на них фокус, чтобы увидеть подробности; клавиша A воспроизводит изменение состава с 1996 года.',
  },
  map: {
    members: '{status} в {year} году: {count} — {names}.',
    changed: 'Изменения статуса в {year} году: {changes}.',
    change: '{name}: {status} с {date}',
    exercises: 'Совместные учения, начавшиеся в {year} году: {count} — {items}.',
    exercisesNone: 'В источниках не найдено ни одного совместного учения за {year} год.',
    exercise: '{name} ({month}, {kind}; {troops})',
    incidents: 'Пограничные инциденты в {year} году: {items}.',
    incident: '{name} ({month}): {casualties}',
    judged: 'Статусы: {judged}',
    boundaries:
      'Границы — фактические линии Natural Earth (Кашмир, Аксайчин, частично не делимитированная киргизско-таджикская граница): они не означают их признания.',
    claim: '{value} — {source}',
    contestedItem: '{figure}: {claims}.',
  },
  charts: {
    membershipYears: 'В {year} году: {counts}.',
    terrorismIntro:
      'Показатели статьи за 2020 год, по одной панели на показатель: они никогда не суммируются и не ранжируются между показателями или странами.',
    ratsIntro:
      'Показатели, о которых сообщала РАТС, — каждый в исходной формулировке, с датой и автором заявления: они учитывают разное и никогда не объединяются.',
    /** The count after a label, so that no noun has to agree with it. */
    exercisesTotal: 'Совместных учений и операций с {from} года: {count}; каждое учтено один раз — в году начала: {byKind}.',
    exercisesPeak: 'Самые насыщенные годы: {years} (по {count} в каждом).',
    exercisesYear: '{year}: {text} — {names}.',
    exercisesGaps: 'Годы без учений в изученных источниках: {years} (ничего не найдено, но не обязательно, что учений не было).',
    milestone: '{date}: {title}{inForce}.',
    inForce: ' (вступление в силу: {date})',
  },
  contestedSlide: {
    title: 'Спорные показатели',
    subtitle: 'Где источники расходятся, атлас показывает одну цифру, помечает её и сохраняет каждую версию с её источником.',
    more: 'и ещё {count, plural, one {# спорный показатель} few {# спорных показателя} many {# спорных показателей} other {# спорного показателя}} — каждый со всеми утверждениями и их источниками — на {url}',
    sourceLine: 'Источники: указаны для каждого показателя; все утверждения с цитатами — на /sources/contested/',
  },
  sourcesSlide: {
    title: 'Источники',
    subtitle: 'Источники, на которые опирается больше всего показателей; каждый показатель в атласе называет свой источник.',
    item: '{label} — {title}: {count, plural, one {# показатель} few {# показателя} many {# показателей} other {# показателя}}',
    total:
      'Всего {count, plural, one {# источник} few {# источника} many {# источников} other {# источника}}, каждый с показателями, которые на него ссылаются, — на {url}',
    sourceLine: 'Карта: Natural Earth (общественное достояние) · места: GeoNames (CC BY 4.0)',
  },
  presenter: {
    heading: 'Режим докладчика',
    current: 'Текущий слайд',
    next: 'Следующий слайд',
    end: 'Конец брифинга',
    elapsed: 'Прошло',
    clock: 'Часы',
    reset: 'Сбросить таймер',
    connected: 'Синхронизировано с окном брифинга.',
    waiting: 'Ожидание окна брифинга… Откройте /present в другом окне или нажмите там P.',
    closed: 'Окно брифинга закрыто. Откройте /present снова, чтобы продолжить; этот вид будет следовать за ним.',
    open: 'Открыть окно брифинга',
  },
  editor: {
    heading: 'Редактирование брифинга',
    intro:
      'Меняйте порядок и заголовки слайдов, удаляйте слайды и редактируйте заметки. Брифинг хранится в этом браузере и в адресе кнопки «Показать», поэтому его можно добавить в закладки или отправить.',
    listLabel: 'Слайды',
    slideKind: { title: 'Титульный', map: 'Карта', chart: 'Диаграмма', contested: 'Спорные показатели', sources: 'Источники' },
    titleLabel: 'Заголовок слайда {n}',
    titlePlaceholder: 'Автоматически: {title}',
    notesLabel: 'Заметки к слайду {n}',
    notesHint: 'Оставьте пустым, чтобы использовать заметки, созданные по данным.',
    moveUp: 'Переместить слайд {n} вверх',
    moveDown: 'Переместить слайд {n} вниз',
    remove: 'Удалить слайд {n}',
    dragHandle: 'Перетащите слайд {n} или нажмите Пробел, чтобы взять его, и перемещайте клавишами со стрелками',
    picked: 'Слайд {n} взят. Стрелки перемещают его; Пробел — отпустить; Escape — отмена.',
    moved: 'Слайд перемещён на позицию {n} из {count}.',
    removed: 'Слайд удалён: {title}. {count, plural, one {Остался # слайд} few {Осталось # слайда} many {Осталось # слайдов} other {Осталось # слайда}}.',
    dropped: 'Слайд оставлен на позиции {n}.',
    cancelled: 'Перемещение отменено.',
    restore: 'Восстановить брифинг по умолчанию',
    restored: 'Брифинг по умолчанию восстановлен.',
    present: 'Показать этот брифинг',
    link: 'Ссылка на этот брифинг',
    empty: 'В брифинге нет слайдов. Восстановите брифинг по умолчанию или добавьте виды кнопкой «Добавить в брифинг» на карте и диаграммах.',
    saved: 'Сохранено в этом браузере.',
    view: 'Вид: {view}',
  },
  add: {
    button: 'Добавить в брифинг',
    added: 'Добавлено последним слайдом вашего брифинга.',
    open: 'Редактировать брифинг',
    full: 'Брифинг заполнен (максимум — {max, plural, one {# слайд} few {# слайда} many {# слайдов} other {# слайда}}).',
    failed: 'Не удалось сохранить брифинг в этом браузере.',
  },
} satisfies LocaleMessages['present'];

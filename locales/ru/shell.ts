import type { LocaleMessages } from '../shape';

/** Russian strings for the shell feature: header, navigation, footer, themes, metadata, the
 * not-found page. Every user-facing string lives in locales/<locale>/. Terms: locales/GLOSSARY.md. */
export const shell = {
  productName: 'Атлас безопасности ШОС',
  tagline: 'Состав, совместные учения, пограничные инциденты и борьба с терроризмом в Шанхайской организации сотрудничества',
  metadata: {
    description:
      'Карты, диаграммы и таблицы с источниками о сотрудничестве Шанхайской организации сотрудничества в сфере безопасности: состав, совместные учения, пограничные инциденты, статистика терроризма и Региональная антитеррористическая структура.',
    ogImageAlt: 'Атлас безопасности ШОС: карты, диаграммы и таблицы с источниками о сотрудничестве ШОС в сфере безопасности',
  },
  skipLink: 'Перейти к основному содержанию',
  /** Generic strings of the components/ui primitives. */
  ui: {
    /** Announced after sorting a table: "Сортировка: Дата, по возрастанию". */
    sortedBy: 'Сортировка: {column}, {direction}',
    ascending: 'по возрастанию',
    descending: 'по убыванию',
    noRows: 'Нет строк для показа.',
  },
  language: {
    label: 'Язык',
    suggest: 'Этот атлас есть и на русском языке.',
    open: 'Открыть на русском',
    dismiss: 'Нет, спасибо',
  },
  nav: {
    label: 'Основная навигация',
    dashboard: 'Обзор',
    charts: 'Диаграммы',
    data: 'Данные',
    sources: 'Источники',
    briefing: 'Брифинг',
  },
  theme: {
    /** Accessible name of the theme menu button: "Тема: Тёмная". */
    buttonWithCurrent: 'Тема: {theme}',
    system: 'Системная',
    light: 'Светлая',
    dark: 'Тёмная',
    projector: 'Проектор',
    systemHint: 'Как на вашем устройстве',
    projectorHint: 'Высокая контрастность для больших экранов',
  },
  footer: {
    asOf: 'Данные на {date}',
    boundariesTitle: 'Границы',
    boundaries:
      'Границы и названия на этом сайте не означают их официального признания или одобрения проектом. Контуры стран взяты из Natural Earth, где проведены фактические линии; спорные районы, такие как Кашмир и Аксайчин, показаны так, как их показывает Natural Earth.',
    sourcesLink: 'Источники и спорные показатели',
    dataLink: 'Скачать данные',
  },
  notFound: {
    title: 'Страница не найдена',
    body: 'По этому адресу нет страницы. Возможно, она перемещена или в ссылке опечатка.',
    home: 'Перейти к обзору',
    data: 'Посмотреть данные',
  },
} satisfies LocaleMessages['shell'];

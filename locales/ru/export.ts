import type { LocaleMessages } from '../shape';

/** Russian strings for the export feature: the Export menu on every chart and the map, its
 * status messages, and the words exports add to the frame. Every user-facing string lives in
 * locales/<locale>/. Terms: locales/GLOSSARY.md. */
export const exportStrings = {
  /** What the menu button shows. */
  button: 'Экспорт',
  /** The menu button's accessible name. */
  buttonLabel: {
    chart: 'Экспорт диаграммы',
    map: 'Экспорт карты',
  },
  /** The menu's items: the label is the item's name, the description a quieter second line.
   * Format names and pixel sizes stay as they are (the test allows them). */
  items: {
    png1: { label: 'PNG 1×', description: 'Тот же размер, что на экране' },
    png2: { label: 'PNG 2×', description: 'Чёткое изображение для слайдов и экранов высокого разрешения' },
    png4: { label: 'PNG 4×', description: 'Для печати и больших экранов' },
    png1920: { label: 'PNG 1920 × 1080', description: 'Заполняет слайд 16:9' },
    png1200: { label: 'PNG 1200 × 675', description: 'Уменьшенное изображение 16:9 для документов и интернета' },
    svg: { label: 'SVG', description: 'Вектор: можно редактировать в Illustrator, Inkscape или PowerPoint' },
    csv: { label: 'CSV', description: 'Показанные данные, для Excel' },
    copy: { label: 'Копировать изображение', description: 'Вставьте его в слайд или документ' },
  },
  status: {
    working: 'Подготовка файла {file}…',
    downloaded: 'Файл {file} скачан',
    /** After a PNG: "Файл sco-map-2017@2x.png скачан (2496 × 1776 пикс.)". */
    downloadedSize: 'Файл {file} скачан ({width} × {height} пикс.)',
    copying: 'Копирование изображения…',
    copied: 'Изображение скопировано в буфер обмена ({width} × {height} пикс.)',
    denied: 'Этот браузер не разрешил скопировать изображение. Скачайте PNG.',
    unsupported: 'Этот браузер не умеет копировать изображения. Скачайте PNG.',
    /** The clipboard refused the image for another reason. */
    failed: 'Не удалось скопировать изображение. Скачайте PNG.',
    error: 'Экспорт не удался: {reason}',
    noTarget: 'Здесь нечего экспортировать.',
    noPlot: 'Экспортировать пока нечего: диаграмма ещё не построена.',
    /** No plot of the view fits a slide size with every word at least {min} px. */
    unreadable:
      'В этом виде слишком много данных, чтобы их можно было прочитать при размере {width} × {height}: текст был бы мельче {min} пикс. Экспортируйте PNG 2× (весь вид, чётко на слайде) или CSV.',
  },
  /** Before the legend's labels in an SVG's description. */
  legend: 'Легенда',
  /** Under the source line of every map export. */
  mapNote: 'Границы — фактические линии Natural Earth и не означают их признания.',
  /** The PowerPoint file of a briefing. */
  pptx: {
    /** Title of the slide after a figure that holds the same figure as an editable chart. */
    editableTitle: '{title} (редактируемая диаграмма)',
    /** First paragraph of that slide's notes. «Изменить данные» is the command's name in Russian PowerPoint. */
    editableNote:
      'Рисунок с предыдущего слайда в виде редактируемой диаграммы PowerPoint: щёлкните по нему правой кнопкой мыши и выберите «Изменить данные», чтобы посмотреть или изменить цифры, или измените оформление. Удалите этот слайд, если достаточно изображения.',
    /** Progress while the file is built. */
    progressSlides: 'Создание файла PowerPoint: слайд {done} из {total}…',
    progressFile: 'Запись файла PowerPoint ({total, plural, one {# слайд} few {# слайда} many {# слайдов} other {# слайда}})…',
    downloaded: 'Файл {file} скачан ({total, plural, one {# слайд} few {# слайда} many {# слайдов} other {# слайда}})',
  },
  /** The frame of a map export: it names only the layers and exercise kinds that are on. */
  mapFrame: {
    /** "ШОС: государства-члены, совместные учения и пограничные инциденты, 2017": {layers} are the layers on. */
    title: 'ШОС: {layers}, {year}',
    /** With none of members, exercises and incidents on. */
    titleNoLayer: 'Регион ШОС, {year}',
    layerNames: { members: 'государства-члены', exercises: 'совместные учения', incidents: 'пограничные инциденты' },
    statusCount: '{status}: {count}',
    /** The counts of each status, then the day they are judged on. */
    statusLine: '{statuses}. {judged}',
    /** Two sentences of the subtitle, one after the other. */
    sentences: '{first} {second}',
    /** The exercises on the map: every kind, or those the filter lets through. */
    allKinds: 'Совместные учения',
    someKinds: 'Совместные учения ({kinds})',
    kindNames: { military: 'военные', lawEnforcement: 'правоохранительные', cyber: 'по кибербезопасности', borderOperation: 'пограничные операции' },
    exercisesAndIncidents:
      '{exercises} и пограничные инциденты по {year} год, события {year} года — со сплошной заливкой; площадь показывает численность войск или число погибших и раненых. Звёзды — пограничные инциденты.',
    exercisesOnly: '{exercises} по {year} год, учения {year} года — со сплошной заливкой; площадь показывает численность войск.',
    incidentsOnly: 'Пограничные инциденты (звёзды) по {year} год, инциденты {year} года — со сплошной заливкой; площадь показывает число погибших и раненых.',
  },
} satisfies LocaleMessages['export'];

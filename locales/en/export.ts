/** English strings for the export feature: the Export menu on every chart and the map, its
 * status messages, and the words exports add to the frame. Every user-facing string lives in
 * locales/<locale>/. */
export const exportStrings = {
  /** What the menu button shows. */
  button: 'Export',
  /** The menu button's accessible name. */
  buttonLabel: {
    chart: 'Export chart',
    map: 'Export map',
  },
  /** The menu's items: the label is the item's name, the description a quieter second line. */
  items: {
    png1: { label: 'PNG 1×', description: 'Same size as on screen' },
    png2: { label: 'PNG 2×', description: 'Sharp on slides and high-resolution screens' },
    png4: { label: 'PNG 4×', description: 'For print and large screens' },
    png1920: { label: 'PNG 1920 × 1080', description: 'Fills a 16:9 slide' },
    png1200: { label: 'PNG 1200 × 675', description: 'A smaller 16:9 image for documents and the web' },
    svg: { label: 'SVG', description: 'Vector: edit it in Illustrator, Inkscape or PowerPoint' },
    csv: { label: 'CSV', description: 'The data as shown, for Excel' },
    copy: { label: 'Copy image', description: 'Paste it into a slide or a document' },
  },
  status: {
    working: 'Preparing {file}…',
    downloaded: 'Downloaded {file}',
    /** After a PNG: "Downloaded sco-map-2017@2x.png (2496 × 1776 px)". */
    downloadedSize: 'Downloaded {file} ({width} × {height} px)',
    copying: 'Copying the image…',
    copied: 'Copied the image to the clipboard ({width} × {height} px)',
    denied: 'This browser did not allow copying the image. Download the PNG instead.',
    unsupported: 'This browser cannot copy images. Download the PNG instead.',
    /** The clipboard refused the image for another reason. */
    failed: 'The image could not be copied. Download the PNG instead.',
    error: 'The export did not work: {reason}',
    noTarget: 'There is nothing to export here.',
    noPlot: 'There is nothing to export yet: the chart has not been drawn.',
    /** No plot of the view fits a slide size with every word at least {min} px. */
    unreadable: 'This view holds too much to read at {width} × {height}: its words would be smaller than {min} px. Export PNG 2× (the whole view, sharp on a slide) or the CSV.',
  },
  /** Before the legend's labels in an SVG's description. */
  legend: 'Legend',
  /** Under the source line of every map export. */
  mapNote: 'Boundaries are Natural Earth’s de facto lines and imply no endorsement.',
} as const;

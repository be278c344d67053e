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
  /** The PowerPoint file of a briefing. */
  pptx: {
    /** Title of the slide after a figure that holds the same figure as an editable chart. */
    editableTitle: '{title} (editable chart)',
    /** First paragraph of that slide's notes. */
    editableNote:
      'The figure of the previous slide as an editable PowerPoint chart: right-click it and choose Edit Data to see or change its figures, or restyle it. Delete this slide if the picture is enough.',
    /** Progress while the file is built. */
    progressSlides: 'Building the PowerPoint file: slide {done} of {total}…',
    progressFile: 'Writing the PowerPoint file ({total} slides)…',
    downloaded: 'Downloaded {file} ({total} slides)',
  },
  /** The frame of a map export: it names only the layers and exercise kinds that are on. */
  mapFrame: {
    /** "SCO members, joint exercises and border incidents, 2017": {layers} are the layers on. */
    title: 'SCO {layers}, {year}',
    /** With none of members, exercises and incidents on. */
    titleNoLayer: 'The SCO region, {year}',
    layerNames: { members: 'members', exercises: 'joint exercises', incidents: 'border incidents' },
    statusCount: '{status}: {count}',
    /** The counts of each status, then the day they are judged on: "Members: 10 · Observers: 2. As on 31 December 2017." */
    statusLine: '{statuses}. {judged}',
    /** Two sentences of the subtitle, one after the other. */
    sentences: '{first} {second}',
    /** The exercises on the map: every kind, or those the filter lets through. */
    allKinds: 'Joint exercises',
    someKinds: 'Joint exercises ({kinds})',
    kindNames: { military: 'military', lawEnforcement: 'law enforcement', cyber: 'cyber', borderOperation: 'border operation' },
    exercisesAndIncidents:
      '{exercises} and border incidents up to {year}, those of {year} solid; area shows troops or killed and injured. Stars are border incidents.',
    exercisesOnly: '{exercises} up to {year}, those of {year} solid; area shows troops.',
    incidentsOnly: 'Border incidents (stars) up to {year}, those of {year} solid; area shows killed and injured.',
  },
} as const;

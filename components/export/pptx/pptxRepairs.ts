/**
 * Fixes to what pptxgenjs 4.0.1 writes, so PowerPoint opens the file without its "found a problem
 * with content … Repair" dialog. Each is a documented pptxgenjs defect that breaks the OOXML rules
 * (LibreOffice and Keynote let them pass; PowerPoint does not):
 *
 * - `[Content_Types].xml` declares a slide master per slide (`slideMaster2.xml` …) though the file
 *   holds one (gitbrent/PptxGenJS#1444): overrides for parts that are not in the file are dropped.
 * - A paragraph of several runs gets an `<a:pPr>` before each run, while a paragraph may have one,
 *   first (#1081, #1083): the first is kept.
 * - A solid background's `<p:bgPr>` lacks its required effect list (#1442): `<a:effectLst/>` added.
 *
 * The string fixes are pure; `finishPptx` applies them to the zip pptxgenjs wrote (uncompressed),
 * puts the figures in, gives a Chinese deck its East Asian face (pptxFonts.ts), and writes the final file: XML deflated, PNGs and the charts' workbooks
 * stored as they are (they are compressed already).
 */
import type JSZip from 'jszip';
import { withEastAsianFace } from './pptxFonts';

/** `[Content_Types].xml` without `<Override>`s for parts the package does not hold. */
export function withoutMissingOverrides(contentTypes: string, has: (part: string) => boolean): string {
  return contentTypes.replace(/<Override\b[^>]*\bPartName="\/([^"]+)"[^>]*\/>/g, (override, part: string) => (has(part) ? override : ''));
}

/** Every `<a:p>` with at most one `<a:pPr>`, its first (a paragraph's properties precede its runs). */
export function oneParagraphProperties(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (paragraph, body: string) => {
    let seen = false;
    const fixed = body.replace(/<a:pPr\b[^>]*\/>|<a:pPr\b[^>]*>[\s\S]*?<\/a:pPr>/g, (pPr) => {
      if (seen) return '';
      seen = true;
      return pPr;
    });
    return fixed === body ? paragraph : `<a:p>${fixed}</a:p>`;
  });
}

/** Every `<p:bgPr>` with its effect list (`<a:effectLst/>` after the fill, as the schema orders it). */
export function backgroundEffects(xml: string): string {
  return xml.replace(/<p:bgPr>([\s\S]*?)<\/p:bgPr>/g, (bgPr, body: string) =>
    /<a:effect(Lst|Dag)\b/.test(body) ? bgPr : `<p:bgPr>${body}<a:effectLst/></p:bgPr>`,
  );
}

const ALREADY_COMPRESSED = /\.(png|jpe?g|gif|xlsx)$/i;

/** Applies the fixes to the package in place. */
export async function repairPptx(zip: JSZip): Promise<void> {
  const contentTypes = zip.file('[Content_Types].xml');
  if (contentTypes) zip.file('[Content_Types].xml', withoutMissingOverrides(await contentTypes.async('string'), (part) => zip.file(part) !== null));
  const parts = zip.file(/^ppt\/(slides|slideLayouts|slideMasters|notesSlides|notesMasters)\/[^/]+\.xml$/);
  for (const part of parts) {
    const xml = await part.async('string');
    const fixed = backgroundEffects(oneParagraphProperties(xml));
    if (fixed !== xml) zip.file(part.name, fixed);
  }
}

/** Where a slide's (first) picture is in the package, from the slide's relationships. */
export async function slideImagePath(zip: JSZip, slide: number): Promise<string | undefined> {
  const rels = await zip.file(`ppt/slides/_rels/slide${slide}.xml.rels`)?.async('string');
  const target = rels && /<Relationship\b[^>]*\bType="[^"]*\/image"[^>]*\bTarget="\.\.\/([^"]+)"/.exec(rels)?.[1];
  return target ? `ppt/${target}` : undefined;
}

/**
 * The final file from pptxgenjs's (uncompressed) output: each slide's figure in place of its
 * stand-in, repaired, XML deflated, pictures stored as they are.
 */
export async function finishPptx(written: Uint8Array, media: readonly { slide: number; png: Uint8Array }[] = [], eastAsianFace?: string): Promise<Uint8Array> {
  const { default: JSZipLib } = await import('jszip');
  const zip = await JSZipLib.loadAsync(written);
  for (const { slide, png } of media) {
    const path = await slideImagePath(zip, slide);
    if (path === undefined) throw new Error(`slide ${slide} has no picture to replace`);
    zip.file(path, png, { binary: true });
  }
  await repairPptx(zip);
  if (eastAsianFace !== undefined) {
    // Text boxes, notes, charts and the theme's fonts (pptxFonts.ts).
    for (const part of zip.file(/^ppt\/(slides|slideLayouts|slideMasters|notesSlides|notesMasters|charts|theme)\/[^/]+\.xml$/)) {
      const xml = await part.async('string');
      const fixed = withEastAsianFace(xml, eastAsianFace);
      if (fixed !== xml) zip.file(part.name, fixed);
    }
  }
  zip.forEach((path, file) => {
    if (ALREADY_COMPRESSED.test(path)) file.options.compression = 'STORE';
  });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/**
 * The East Asian font of a Chinese deck. pptxgenjs writes a run's one `fontFace` as its Latin,
 * East Asian and complex-script typeface alike (`<a:latin typeface="Arial"/><a:ea typeface="Arial"/>`),
 * so PowerPoint would look for Chinese in Arial, which has none, and fall back to whatever font the
 * machine links. A Chinese deck names a Chinese face for East Asian text instead, and in its theme,
 * while Latin letters and figures stay in Arial (the face the layout measured, arialMeasure.ts).
 *
 * Microsoft YaHei (微软雅黑): the sans-serif UI font of Simplified Chinese Windows since Vista, and
 * installed with Office for Mac; LibreOffice substitutes a CJK sans (Noto Sans CJK) where it is
 * missing. Pure string functions, applied by finishPptx.
 */

export const CHINESE_DECK_FACE = 'Microsoft YaHei';

/** The East Asian typeface for a deck in `lang` (Office's tag: `zh-CN`), if it needs its own. */
export function eastAsianFace(lang: string | undefined): string | undefined {
  return lang !== undefined && /^zh\b/i.test(lang) ? CHINESE_DECK_FACE : undefined;
}

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Every `<a:ea typeface="…">` of a slide, notes or chart part set to `face`. */
export function withEastAsianFace(xml: string, face: string): string {
  return xml.replace(/<a:ea typeface="[^"]*"/g, `<a:ea typeface="${escapeAttr(face)}"`);
}

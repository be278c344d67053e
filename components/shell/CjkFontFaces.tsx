import { cjkFontFaceCss } from '@/lib/fonts/cjkScreenFont';

let css: string | undefined;

/**
 * The @font-face rules of the Chinese pages' screen font (lib/fonts/cjkScreenFont.ts): two files
 * by unicode-range, written into the Chinese pages' <head> only, so neither the English nor the
 * Russian pages carry them. A server component; its inline style is allowed by hash in the CSP.
 */
export function CjkFontFaces() {
  css ??= cjkFontFaceCss();
  return <style dangerouslySetInnerHTML={{ __html: css }} />;
}

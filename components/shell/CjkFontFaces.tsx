import { cjkFontFaceCss, cjkPreloadScript, cjkScreenFileHref } from '@/lib/fonts/cjkScreenFont';

let css: string | undefined;
let script: string | undefined;

/**
 * The @font-face rules of the Chinese pages' screen font (lib/fonts/cjkScreenFont.ts): two files
 * by unicode-range, written into the Chinese pages' <head> only, so neither the English nor the
 * Russian pages carry them; and the script that preloads the first file for a reader with no
 * Chinese font of their own (cjkPreloadScript). A server component; its inline style and script
 * are allowed by hash in the CSP.
 */
export function CjkFontFaces() {
  css ??= cjkFontFaceCss();
  script ??= cjkPreloadScript(cjkScreenFileHref(1));
  return (
    <>
      <style dangerouslySetInnerHTML={{ __html: css }} />
      <script dangerouslySetInnerHTML={{ __html: script }} />
    </>
  );
}

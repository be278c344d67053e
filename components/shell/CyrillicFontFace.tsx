import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { preload } from 'react-dom';
import { CYRILLIC_SCREEN_FILE, cyrillicFontFaceCss } from '@/lib/fonts/cyrillicScreenFont';
import { textTag } from '@/lib/fonts/cjkScreenFont';

let href: string | undefined;

/** The font file's address with a tag of its bytes, so a new file gets a new address. */
function fileHref(): string {
  href ??= `${CYRILLIC_SCREEN_FILE}?v=${textTag(readFileSync(join(process.cwd(), 'public', CYRILLIC_SCREEN_FILE)).toString('base64'))}`;
  return href;
}

/**
 * The Russian pages' Cyrillic face (lib/fonts/cyrillicScreenFont.ts): preloaded and declared in
 * their <head>, so the heading and lede are drawn in Inter from the first paint. A server
 * component; its inline style is allowed by hash in the CSP.
 */
export function CyrillicFontFace() {
  const url = fileHref();
  // React writes one <link rel="preload"> into the <head> for it.
  preload(url, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
  return <style dangerouslySetInnerHTML={{ __html: cyrillicFontFaceCss(url) }} />;
}

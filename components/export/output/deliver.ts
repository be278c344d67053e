/** Hands a finished file to the user: a download, or the clipboard. */

/** Saves a blob under a file name (an <a download> click; the URL is released afterwards). */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export type CopyResult = 'copied' | 'denied' | 'unsupported' | 'failed';

/** True where the browser can put an image on the clipboard (ClipboardItem and clipboard.write). */
export function canCopyImages(): boolean {
  return typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard?.write === 'function';
}

/**
 * Puts a PNG on the clipboard. Call it straight from the click or key press: the PNG is passed
 * as a promise so the browser keeps the user's gesture while it renders.
 */
export async function copyPng(png: Promise<Blob>): Promise<CopyResult> {
  if (!canCopyImages()) {
    png.catch(() => undefined);
    return 'unsupported';
  }
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    return 'copied';
  } catch (error) {
    if (error instanceof DOMException && (error.name === 'NotAllowedError' || error.name === 'SecurityError')) return 'denied';
    return 'failed';
  }
}

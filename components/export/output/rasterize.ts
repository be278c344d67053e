/**
 * SVG → PNG in the browser: the vector SVG (sized in device pixels) is decoded as an image from a
 * blob URL and drawn once onto a canvas of the same size, so text and lines are rendered at the
 * output resolution, never upscaled from a bitmap.
 */
import { withPngDpi } from './pngDpi';

let last: { svg: string; image: Promise<HTMLImageElement> } | undefined;

/**
 * The SVG parsed as an image, ready to draw. The last one is kept, so an SVG decoded ahead (when
 * the Export menu opens) is drawn at once on the click.
 */
export function decodeSvg(svg: string): Promise<HTMLImageElement> {
  if (last?.svg === svg) return last.image;
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  const img = new Image();
  img.decoding = 'async';
  img.src = url;
  const image = img.decode().then(
    () => {
      URL.revokeObjectURL(url);
      return img;
    },
    (error: unknown) => {
      URL.revokeObjectURL(url);
      if (last?.image === image) last = undefined;
      throw error;
    },
  );
  last = { svg, image };
  return image;
}

/** The bytes of a base64 data URL. */
function dataUrlBytes(url: string): Uint8Array<ArrayBuffer> {
  const binary = atob(url.slice(url.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Draws the image at the output size and encodes a PNG. Encoded synchronously (toDataURL):
 * toBlob and convertToBlob wait for the page to go idle, up to a second after a click.
 */
function drawPng(img: HTMLImageElement, width: number, height: number): Uint8Array<ArrayBuffer> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.drawImage(img, 0, 0, width, height);
  const bytes = dataUrlBytes(canvas.toDataURL('image/png'));
  // Release the canvas memory now rather than at the next collection (a 4× map is ~100 MB).
  canvas.width = 0;
  canvas.height = 0;
  return bytes;
}

/** Renders `svg` at width × height device pixels as a PNG carrying `dpi`. */
export async function svgToPng(svg: string, width: number, height: number, dpi: number): Promise<Blob> {
  let start = performance.now();
  const img = await decodeSvg(svg);
  performance.measure('sco-export:decode', { start, end: performance.now() });
  start = performance.now();
  const png = drawPng(img, width, height);
  performance.measure('sco-export:draw-encode', { start, end: performance.now() });
  return new Blob([withPngDpi(png, dpi)], { type: 'image/png' });
}

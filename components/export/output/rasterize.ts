/**
 * SVG → PNG in the browser: the vector SVG (sized in device pixels) is decoded as an image from a
 * blob URL and drawn once onto a canvas of the same size, so text and lines are rendered at the
 * output resolution, never upscaled from a bitmap.
 */
import { withPngDpi } from './pngDpi';

function loadImage(url: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.decoding = 'async';
  img.src = url;
  return img.decode().then(() => img);
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas made no PNG'))), 'image/png'),
  );
}

/** Renders `svg` at width × height device pixels as a PNG carrying `dpi`. */
export async function svgToPng(svg: string, width: number, height: number, dpi: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(img, 0, 0, width, height);
    const png = new Uint8Array(await (await canvasBlob(canvas)).arrayBuffer());
    return new Blob([withPngDpi(png, dpi)], { type: 'image/png' });
  } finally {
    URL.revokeObjectURL(url);
  }
}

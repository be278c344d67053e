/**
 * A PNG of a given size that stands in for a slide's figure in tests and the bench: a white
 * ground, bars in the palette's colours and rows of noise where labels would be, so it encodes
 * to roughly what a chart export weighs. Node only (pngjs).
 */
import { PNG } from 'pngjs';
import type { SlideImage } from '../deckTypes';

const COLORS = [
  [0x00, 0x72, 0xb2],
  [0xe6, 0x9f, 0x00],
  [0x00, 0x9e, 0x73],
  [0xd5, 0x5e, 0x00],
] as const;

const cache = new Map<string, Uint8Array>();

export function placeholderPng(width: number, height: number): SlideImage {
  const key = `${width}x${height}`;
  let png = cache.get(key);
  if (!png) {
    const image = new PNG({ width, height });
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const barWidth = Math.max(1, Math.floor(width / 24));
    for (let y = 0; y < height; y++) {
      const labelRow = y % Math.max(8, Math.floor(height / 12)) < Math.max(2, Math.floor(height / 60));
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        const bar = Math.floor(x / barWidth);
        const top = height * (0.2 + 0.6 * (((bar * 7919) % 13) / 13));
        const color = bar % 2 === 0 && y > top ? COLORS[bar % COLORS.length] : undefined;
        const ink = labelRow && x % 97 < 60 && random() < 0.35 ? 0x40 : 0xff;
        image.data[i] = color ? color[0] : ink;
        image.data[i + 1] = color ? color[1] : ink;
        image.data[i + 2] = color ? color[2] : ink;
        image.data[i + 3] = 0xff;
      }
    }
    png = new Uint8Array(PNG.sync.write(image));
    cache.set(key, png);
  }
  return { png, widthPx: width, heightPx: height, alt: 'A placeholder figure' };
}

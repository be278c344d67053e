/**
 * The PowerPoint file of the default briefing, timed: the deck-like sample of
 * components/export/pptx/testing/sampleBriefing.ts with placeholder PNGs of the size the export
 * renders (2× a 1920 × 1080 slide's density), assembled and written with `buildPptx` in Node.
 * Only the file's assembly: capturing the figures in the browser is not part of it. Also the
 * longest stretch without a task boundary (how long the page would go unresponsive at most).
 *
 * `npm run bench` prints it; `npx tsx scripts/bench/pptx.ts` runs it alone.
 */
import { pathToFileURL } from 'node:url';
import { buildPptx } from '@/components/export/pptx/buildPptx';
import { placeholderPng } from '@/components/export/pptx/testing/placeholderPng';
import { sampleBriefing } from '@/components/export/pptx/testing/sampleBriefing';

export interface PptxBench {
  /** Slides in the file (the deck's and the editable charts'). */
  slides: number;
  images: number;
  bytes: number;
  /** Median of the runs. */
  ms: number;
  runsMs: number[];
  /** Longest time the event loop was held, over all runs. */
  longestBlockMs: number;
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export async function benchPptx(runs = 3): Promise<PptxBench> {
  // Placeholders made before the clock starts (PNG encoding is the browser's job, not the file's).
  const { deck, slides } = sampleBriefing((size) => placeholderPng(size.width, size.height));
  const runsMs: number[] = [];
  let longestBlockMs = 0;
  let bytes = 0;
  let total = 0;
  for (let i = 0; i < runs; i++) {
    let last = performance.now();
    const monitor = setInterval(() => {
      const now = performance.now();
      longestBlockMs = Math.max(longestBlockMs, now - last);
      last = now;
    }, 0);
    const start = performance.now();
    const file = await buildPptx(deck, slides, (p) => (total = p.total));
    runsMs.push(performance.now() - start);
    clearInterval(monitor);
    bytes = file.length;
  }
  return { slides: total, images: slides.filter((s) => s.image).length, bytes, ms: median(runsMs), runsMs, longestBlockMs };
}

export function pptxLine(r: PptxBench): string {
  const ms = (v: number) => `${Math.round(v)} ms`;
  return `PowerPoint file of the default deck (${r.slides} slides, ${r.images} images at 2×, ${(r.bytes / 1e6).toFixed(1)} MB): ${ms(r.ms)} (runs ${r.runsMs.map(ms).join(' / ')}; longest block ${ms(r.longestBlockMs)})`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchPptx()
    .then((r) => console.log(pptxLine(r)))
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}

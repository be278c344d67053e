/** Lighthouse performance runs (mobile and desktop presets) in Debian's Chromium. */
import type { LighthouseMedian } from './budgets';
import { median } from './budgets';

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type FormFactor = 'mobile' | 'desktop';

interface Single {
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

export async function runLighthouse(
  chromePath: string,
  urls: readonly { url: string; formFactor: FormFactor }[],
  runs: number,
  onResult: (url: string, formFactor: FormFactor, median: LighthouseMedian) => void,
): Promise<void> {
  const { default: lighthouse, desktopConfig } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    for (const { url, formFactor } of urls) {
      const singles: Single[] = [];
      // A run Lighthouse could not measure (a runtime error, no paint seen: NaN metrics) is run again,
      // up to as many extra runs; the medians are of the runs that measured (budgets.ts, `median`).
      for (let i = 0, measured = 0; measured < runs && i < runs * 2; i++) {
        const result = await lighthouse(
          url,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
          formFactor === 'desktop' ? desktopConfig : undefined,
        );
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
        const num = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
        if (lhr.runtimeError || !Number.isFinite(num('largest-contentful-paint')) || !Number.isFinite(num('total-blocking-time'))) {
          console.warn(`Lighthouse could not measure ${url} (${formFactor}, run ${i + 1}): ${lhr.runtimeError?.code ?? 'no metrics'}; running it again`);
          continue;
        }
        measured++;
        singles.push({
          score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          fcpMs: num('first-contentful-paint'),
          lcpMs: num('largest-contentful-paint'),
          tbtMs: num('total-blocking-time'),
          cls: num('cumulative-layout-shift'),
        });
      }
      onResult(url, formFactor, {
        score: median(singles.map((s) => s.score)),
        fcpMs: median(singles.map((s) => s.fcpMs)),
        lcpMs: median(singles.map((s) => s.lcpMs)),
        tbtMs: median(singles.map((s) => s.tbtMs)),
        cls: median(singles.map((s) => s.cls)),
      });
    }
  } finally {
    chrome.kill();
  }
}

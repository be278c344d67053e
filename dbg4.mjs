import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const vp of [{ width: 360, height: 780 }, { width: 1440, height: 900 }]) {
const p = await b.newPage({ viewport: vp, isMobile: vp.width < 500, hasTouch: vp.width < 500 });
await p.goto('http://127.0.0.1:3500/?year=2024');
await p.waitForTimeout(3000);
console.log(vp.width, await p.evaluate(() => {
  const svg = document.querySelector('svg[data-map-year]');
  const out = [svg.getAttribute('viewBox'), Math.round(svg.getBoundingClientRect().width)];
  for (const id of ['BHR','QAT','MDV','KWT','ARE','ARM','NPL','LKA','KHM','AZE','EGY']) {
    const el = document.querySelector(`[data-id="${id}"][role="button"]`);
    if (!el) { out.push(id+':none'); continue; }
    const r = el.getBoundingClientRect(); out.push(`${id}:${Math.round(r.width)}x${Math.round(r.height)}`);
  }
  return out.join(' ');
}));
await p.close();
}
await b.close();

/**
 * Runs before `next build` (npm's prebuild hook), and by hand when the dev server needs the
 * generated files:
 * 1. validates every dataset (a bad record stops the build with file › id › field),
 * 2. writes each dataset as public/data/<id>.json and .csv (English headers: the files linked from
 *    everywhere), and as public/data/<locale>/<id>.csv with the headers in Russian and Chinese,
 * 3. writes public/data/citations.json (and <locale>/citations.json), the figures citing each source, for /sources,
 * 4. builds the clipped, simplified map geometry public/geo/region.topo.json,
 * 5. cuts Noto Sans SC down to the characters the Chinese pages use (public/fonts/generated/).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DATASETS } from '../data/registry';
import { SITE_LOCALES } from '../lib/messages/locales';
import { files } from '../lib/paths';
import { formatProblem, validateDatasets } from '../data/validate';
import { csvFileText } from '../lib/csv';
import { datasetTable } from '../lib/datasetTable';
import { buildGeometry, DEFAULT_OUT_FILE } from './build-geometry';
import { describeCitations, emitCitations } from './emit-citations';
import { buildCjkSubset, describeCjkSubset } from './fonts/cjkSubset';
import { ROOT } from './lib/build';

function validate(): void {
  const problems = validateDatasets(DATASETS);
  if (problems.length > 0) {
    console.error(`Dataset validation failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):`);
    for (const p of problems) console.error(`  ${formatProblem(p)}`);
    process.exit(1);
  }
  const records = DATASETS.reduce((n, ds) => n + ds.rows.length, 0);
  console.log(`Datasets valid: ${DATASETS.length} datasets, ${records} records.`);
}

function emitDatasets(): void {
  const publicDir = join(ROOT, 'public');
  for (const ds of DATASETS) {
    // JSON keeps the full records (claims, coordinates, quotes); CSV is the readable table of /data,
    // one per language: the page's headers and words, the records' values as they are.
    const json = join(publicDir, files.dataset(ds.id, 'json'));
    mkdirSync(dirname(json), { recursive: true });
    writeFileSync(json, `${JSON.stringify(ds.rows, null, 1)}\n`);
    for (const locale of SITE_LOCALES) {
      const table = datasetTable(ds.id, locale);
      const csv = join(publicDir, files.datasetIn(ds.id, locale));
      mkdirSync(dirname(csv), { recursive: true });
      writeFileSync(csv, csvFileText(table.columns, table.rows));
    }
  }
  console.log(`Wrote public/data/<id>.json, <id>.csv and <locale>/<id>.csv for ${DATASETS.length} datasets.`);
}

async function main(): Promise<void> {
  validate();
  emitDatasets();
  console.log(describeCitations(emitCitations()));
  const { bytes, gzipBytes } = await buildGeometry(DEFAULT_OUT_FILE);
  console.log(`Wrote public/geo/region.topo.json: ${(bytes / 1024).toFixed(1)} KB, ${(gzipBytes / 1024).toFixed(1)} KB gzip.`);
  console.log(describeCjkSubset(await buildCjkSubset()));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

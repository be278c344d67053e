/**
 * Look a place up in GeoNames (cities500, a dev dependency) and print the entries that match,
 * to copy into data/gazetteer.ts.
 *
 *   npx tsx scripts/data/gazetteer-lookup.ts Batken [KG]
 *   npx tsx scripts/data/gazetteer-lookup.ts --id 1528735
 *
 * The name is matched case-insensitively against the name and the alternate name; the
 * optional second argument keeps one ISO 3166-1 alpha-2 country.
 */
import { loadGeonames } from './geonames';

const args = process.argv.slice(2);
const cities = loadGeonames();
const found =
  args[0] === '--id'
    ? cities.filter((c) => c.geonameid === Number(args[1]))
    : cities.filter((c) => {
        const q = (args[0] ?? '').toLowerCase();
        const hit = c.name.toLowerCase().includes(q) || c.altNames.toLowerCase().includes(q);
        return hit && (args[1] === undefined || c.country === args[1].toUpperCase());
      });
process.stdout.on('error', () => process.exit(0));
for (const c of found.slice(0, 40)) {
  console.log(
    `${c.geonameid}\t${c.name}\t${c.country}\tadmin1 ${c.admin1}\t${c.featureCode}\tpop ${c.population}\tlat ${c.lat}\tlon ${c.lon}`,
  );
}
if (found.length === 0) console.log('no entry');

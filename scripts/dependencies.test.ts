/**
 * package.json declares every package the code imports, so a fresh `npm ci` never depends on a
 * package that only arrives as another's dependency (hoisting by accident).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';

interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as PackageJson;
const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);

/** The package a bare specifier names: `d3-geo` from `d3-geo`, `@scope/x` from `@scope/x/sub`. */
function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('@/') || specifier.startsWith('node:')) return null;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
  return builtinModules.includes(name) ? null : name;
}

function importedPackages(): Map<string, string> {
  const files = execFileSync('git', ['ls-files', '*.ts', '*.tsx', '*.mts', '*.mjs', '*.js'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  const found = new Map<string, string>();
  const patterns = [
    /^\s*(?:import|export)\b[^;]*?\bfrom\s+['"]([^'"]+)['"]/gm,
    /^\s*import\s+['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire(?:\.resolve)?\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) {
      for (const m of text.matchAll(pattern)) {
        const name = m[1] === undefined ? null : packageOf(m[1]);
        if (name && !found.has(name)) found.set(name, file);
      }
    }
  }
  return found;
}

/** Type-only packages the code imports by their runtime name; their types package is declared. */
const TYPES_ONLY = { geojson: '@types/geojson', 'topojson-specification': '@types/topojson-specification' } as const;

describe('package.json', () => {
  it('declares every package the code imports', () => {
    const missing = [...importedPackages()].flatMap(([name, file]) => {
      const typesOnly = TYPES_ONLY[name as keyof typeof TYPES_ONLY];
      return declared.has(name) || (typesOnly !== undefined && declared.has(typesOnly)) ? [] : [`${name} (imported by ${file})`];
    });
    expect(missing).toEqual([]);
  });

  it('pins exact versions, so a fresh install gets what the tests ran with', () => {
    const loose = Object.entries({ ...pkg.dependencies, ...pkg.devDependencies }).filter(([, v]) => !/^\d+\.\d+\.\d+$/.test(v));
    expect(loose).toEqual([]);
  });
});

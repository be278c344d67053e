/**
 * Compiles catalogue messages (ICU MessageFormat strings) for the browser: run by server pages at
 * build time, never shipped (it holds the ICU parser). See compiled.ts.
 */
import compile from 'icu-minify/compile';
import type { Compiled, CompiledMessage } from './compiled';

const cache = new Map<string, CompiledMessage>();

/** One message, compiled (cached: catalogues repeat across pages). */
export function compileMessage(message: string): CompiledMessage {
  let hit = cache.get(message);
  if (hit === undefined) {
    // Plain JSON: icu-minify builds plural branches as null-prototype objects, which React refuses
    // to pass from a server component to a client one.
    hit = JSON.parse(JSON.stringify(compile(message))) as CompiledMessage;
    cache.set(message, hit);
  }
  return hit;
}

/** Every message of a catalogue slice, compiled; the keys stay. */
export function compileMessages<T extends object>(slice: T): Compiled<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(slice)) {
    out[key] = typeof value === 'string' ? compileMessage(value) : compileMessages(value as object);
  }
  return out as Compiled<T>;
}

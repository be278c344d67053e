/**
 * V8's explicit compile hint: a script that starts with `//# allFunctionsCalledOnLoad` has all of
 * its functions compiled eagerly, on a background thread while it streams in, instead of lazily
 * on the main thread at their first call (https://v8.dev/blog/explicit-compile-hints). Every
 * chunk is fetched only when its code is about to run: React, Next's runtime and the shell as the
 * page hydrates, the map's code when the map is drawn, the exporter when an export is near. So
 * the post-build step marks them all. Browsers without the hint read a comment.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The script with the hint as its first line (unchanged if it already has it). */
export function withCompileHint(js: string): string {
  return js.startsWith(COMPILE_HINT) ? js : `${COMPILE_HINT}\n${js}`;
}

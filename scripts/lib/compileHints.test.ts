import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, withCompileHint } from './compileHints';

describe('withCompileHint', () => {
  const chunk = '"use strict";(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push(["x",{1:function(){return 42}}]);';

  it('puts the hint on the first line, where V8 looks for it', () => {
    expect(withCompileHint(chunk).split('\n')[0]).toBe(COMPILE_HINT);
  });

  it('marks a script once, however often the build runs', () => {
    expect(withCompileHint(withCompileHint(chunk))).toBe(withCompileHint(chunk));
  });

  it('leaves the script doing what it did, strict mode included', () => {
    const run = (js: string) => {
      const globalThis: { TURBOPACK?: unknown[] } = {};
      runInNewContext(js, { globalThis });
      return globalThis.TURBOPACK;
    };
    expect(JSON.stringify(run(withCompileHint(chunk)))).toBe(JSON.stringify(run(chunk)));
    const strict = (js: string) => runInNewContext(`${js}\n(function(){return this===undefined})()`);
    expect(strict(withCompileHint('"use strict";'))).toBe(true);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { parseThemeChoice, resolveTheme, THEME_SCRIPT, THEME_STORAGE_KEY } from './theme';

describe('parseThemeChoice', () => {
  it('keeps a known theme and falls back to following the device', () => {
    expect(parseThemeChoice('projector')).toBe('projector');
    expect(parseThemeChoice(null)).toBe('system');
    expect(parseThemeChoice('sepia')).toBe('system');
  });
});

describe('resolveTheme', () => {
  it('follows the device only when the choice is system', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('projector', true)).toBe('projector');
  });
});

/** Runs the inline script against a fake document, storage and media query. */
function runScript(stored: string | null, prefersDark: boolean, storageThrows = false): string | undefined {
  const attributes: Record<string, string> = {};
  const g = globalThis as Record<string, unknown>;
  g.document = { documentElement: { setAttribute: (k: string, v: string) => (attributes[k] = v) } };
  g.localStorage = {
    getItem: (key: string) => {
      if (storageThrows) throw new Error('blocked');
      return key === THEME_STORAGE_KEY ? stored : null;
    },
  };
  g.window = { matchMedia: (q: string) => ({ matches: prefersDark && q.includes('dark') }) };
  new Function(THEME_SCRIPT)();
  return attributes['data-theme'];
}

describe('THEME_SCRIPT', () => {
  afterEach(() => {
    const g = globalThis as Record<string, unknown>;
    delete g.document;
    delete g.localStorage;
    delete g.window;
  });
  it('applies the stored theme before paint', () => {
    expect(runScript('projector', false)).toBe('projector');
    expect(runScript('light', true)).toBe('light');
  });
  it('follows the device when nothing valid is stored or storage is blocked', () => {
    expect(runScript(null, true)).toBe('dark');
    expect(runScript('nonsense', false)).toBe('light');
    expect(runScript('projector', true, true)).toBe('dark');
  });
});

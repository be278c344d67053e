/**
 * Which element a menu exports: the view it was opened from. Inside the menu's nearest
 * `[data-export-scope]` ancestor, the `[data-export-target]` element named by `target` (the scope
 * itself when it is that target). No global id, so one chart or the map may appear twice on a
 * page (dashboard and deck) and each menu exports its own.
 */
interface ScopedElement {
  closest(selector: string): ScopedElement | null;
  querySelector(selector: string): ScopedElement | null;
  getAttribute(name: string): string | null;
}

export function exportRootOf<E extends ScopedElement>(menu: E | null, target: string): E | null {
  const scope = menu?.closest('[data-export-scope]') ?? null;
  if (!scope) return null;
  if (scope.getAttribute('data-export-target') === target) return scope as E;
  return (scope.querySelector(`[data-export-target="${target}"]`) as E | null) ?? null;
}

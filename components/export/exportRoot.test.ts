import { describe, expect, it } from 'vitest';
import { exportRootOf } from './exportRoot';

/** A tiny stand-in for DOM elements: attributes, a parent and children. */
class Node {
  children: Node[] = [];
  parent: Node | null = null;
  constructor(
    public name: string,
    public attrs: Record<string, string> = {},
  ) {}
  add(...kids: Node[]): this {
    for (const k of kids) {
      k.parent = this;
      this.children.push(k);
    }
    return this;
  }
  getAttribute(n: string): string | null {
    return this.attrs[n] ?? null;
  }
  private matches(selector: string): boolean {
    const m = /^\[([\w-]+)(?:="([^"]*)")?\]$/.exec(selector);
    if (!m || m[1] === undefined) return false;
    const v = this.attrs[m[1]];
    return v !== undefined && (m[2] === undefined || v === m[2]);
  }
  closest(selector: string): Node | null {
    return this.matches(selector) ? this : (this.parent?.closest(selector) ?? null);
  }
  querySelector(selector: string): Node | null {
    for (const c of this.children) {
      if (c.matches(selector)) return c;
      const deeper = c.querySelector(selector);
      if (deeper) return deeper;
    }
    return null;
  }
}

function chart(label: string) {
  const menu = new Node(`${label} menu`);
  const main = new Node(`${label} main`, { 'data-export-target': 'main' });
  const alternate = new Node(`${label} alternate`, { 'data-export-target': 'alternate' });
  const body = new Node(`${label} body`, { 'data-export-scope': '' }).add(new Node('toolbar').add(menu), main, alternate);
  return { menu, main, alternate, body };
}

describe('exportRootOf', () => {
  it('exports the view the menu was opened from, when the same chart appears twice on a page', () => {
    const grid = chart('grid');
    const slide = chart('slide');
    new Node('page').add(grid.body, slide.body);
    expect(exportRootOf(grid.menu, 'main')).toBe(grid.main);
    expect(exportRootOf(slide.menu, 'main')).toBe(slide.main);
    expect(exportRootOf(slide.menu, 'alternate')).toBe(slide.alternate);
  });

  it('takes the scope itself when it is the target (the map), and nothing outside a scope', () => {
    const menu = new Node('menu');
    const area = new Node('map area', { 'data-export-scope': '', 'data-export-target': 'main' }).add(new Node('slot').add(menu));
    expect(exportRootOf(menu, 'main')).toBe(area);
    expect(exportRootOf(new Node('loose menu'), 'main')).toBeNull();
  });
});

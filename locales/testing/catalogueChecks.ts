/**
 * What the locale tests check a catalogue with (locales/<locale>/catalogue.test.ts): its leaves
 * by path, its shape level by level, and each message's arguments as the ICU parser reads them.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

export type Tree = { readonly [key: string]: string | Tree };

/** Every message by its path ("map.year.valueText"). */
export function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

/** Every node's path and kind (string or object), sorted: equal for catalogues of one shape. */
export function shapeOf(tree: Tree, prefix = ''): string[] {
  return Object.keys(tree)
    .sort()
    .flatMap((key) => {
      const value = tree[key];
      const path = prefix ? `${prefix}.${key}` : key;
      if (value === undefined) return [];
      return typeof value === 'string' ? [`${path}: string`] : [`${path}: object`, ...shapeOf(value, path)];
    });
}

export interface MessageArgument {
  name: string;
  /** A plural's branches by selector ("one", "few", "=0"); undefined for other arguments. */
  plural?: Readonly<Record<string, readonly MessageFormatElement[]>>;
}

/** The arguments of an ICU message, nested ones included (throws on a malformed message). */
export function argumentsOf(message: string): MessageArgument[] {
  const out: MessageArgument[] = [];
  const walk = (elements: readonly MessageFormatElement[]): void => {
    for (const el of elements) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) out.push({ name: el.value });
      else if (el.type === TYPE.plural || el.type === TYPE.select) {
        const branches = Object.fromEntries(Object.entries(el.options).map(([k, o]) => [k, o.value]));
        out.push(el.type === TYPE.plural ? { name: el.value, plural: branches } : { name: el.value });
        for (const branch of Object.values(branches)) walk(branch);
      } else if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(parse(message));
  return out;
}

/** True when a branch of a plural prints its number (`#`). */
export function printsCount(branch: readonly MessageFormatElement[]): boolean {
  return branch.some((el) => el.type === TYPE.pound);
}

/** The argument names of a message, sorted and unique. */
export function argumentNames(message: string): string[] {
  return [...new Set(argumentsOf(message).map((a) => a.name))].sort();
}

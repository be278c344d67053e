/**
 * Order by code points, for ids and ISO dates: they are ASCII, so the order is the same in every
 * language and on every machine (`localeCompare` without a locale would follow the runtime's).
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * One tab stop per group of map items (states, markers): the arrow keys move between them in
 * a fixed order (Right/Down next, Left/Up previous, wrapping), Home and End jump to the ends.
 */
export function rovingTarget(order: readonly string[], current: string | null, key: string): string | null {
  if (order.length === 0) return null;
  const i = current === null ? -1 : order.indexOf(current);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return order[(i + 1) % order.length] ?? null;
    case 'ArrowLeft':
    case 'ArrowUp':
      return order[(i - 1 + order.length) % order.length] ?? null;
    case 'Home':
      return order[0] ?? null;
    case 'End':
      return order[order.length - 1] ?? null;
    default:
      return null;
  }
}

/** The item that holds the tab stop: the remembered one if it is still shown, else the first. */
export function rovingHolder(order: readonly string[], remembered: string | null): string | null {
  return remembered !== null && order.includes(remembered) ? remembered : (order[0] ?? null);
}

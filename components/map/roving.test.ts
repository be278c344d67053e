import { describe, expect, it } from 'vitest';
import { rovingHolder, rovingTarget } from './roving';

const order = ['a', 'b', 'c'];

describe('rovingTarget', () => {
  it('moves forward and back with wrapping', () => {
    expect(rovingTarget(order, 'a', 'ArrowRight')).toBe('b');
    expect(rovingTarget(order, 'c', 'ArrowDown')).toBe('a');
    expect(rovingTarget(order, 'a', 'ArrowLeft')).toBe('c');
  });
  it('jumps to the ends', () => {
    expect(rovingTarget(order, 'b', 'Home')).toBe('a');
    expect(rovingTarget(order, 'b', 'End')).toBe('c');
  });
  it('ignores other keys and empty groups', () => {
    expect(rovingTarget(order, 'b', 'Enter')).toBeNull();
    expect(rovingTarget([], null, 'ArrowRight')).toBeNull();
  });
});

describe('rovingHolder', () => {
  it('keeps the remembered item while it is shown and falls back to the first', () => {
    expect(rovingHolder(order, 'b')).toBe('b');
    expect(rovingHolder(order, 'gone')).toBe('a');
    expect(rovingHolder([], 'gone')).toBeNull();
  });
});

'use client';
/**
 * A ref that always holds the latest rendered value, for callbacks made once that must act on
 * what is on screen when they are called (the map's handlers, the export's content).
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';

export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}

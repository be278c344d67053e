/**
 * This document's export targets, for a briefing deck that asks a slide's frame for its figure
 * (components/embed/useFigureAnswer.ts): each mounted Export menu registers the view it exports
 * (its root, frame and link parameters, read when asked), so the frame can render the same figure
 * through the same pipeline (`slideImage`) without knowing which chart or map it holds. Tiny and
 * dependency-free; browser only in practice, harmless on the server (nothing registers there).
 */
import type { SlideImageTarget } from './pptx/slideImage';

/** Returns the view as it is now, or null while it has nothing to export. */
export type FigureTargetSource = () => SlideImageTarget | null;

const sources: FigureTargetSource[] = [];
const listeners = new Set<() => void>();

/** Registers a view; returns the function that removes it (a component's effect cleanup). */
export function registerFigureTarget(source: FigureTargetSource): () => void {
  sources.push(source);
  for (const listener of [...listeners]) listener();
  return () => {
    const i = sources.indexOf(source);
    if (i >= 0) sources.splice(i, 1);
  };
}

/** The most recently registered view that has something to export now, if any. */
export function figureTarget(): SlideImageTarget | null {
  for (let i = sources.length - 1; i >= 0; i--) {
    const target = sources[i]?.();
    if (target?.root) return target;
  }
  return null;
}

/** The view to export, once one is registered (the map's registers once it is drawn); null after `timeoutMs`. */
export function whenFigureTarget(timeoutMs: number): Promise<SlideImageTarget | null> {
  const now = figureTarget();
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = (target: SlideImageTarget | null) => {
      listeners.delete(check);
      clearTimeout(timer);
      resolve(target);
    };
    const check = () => {
      const target = figureTarget();
      if (target) done(target);
    };
    const timer = setTimeout(() => done(figureTarget()), timeoutMs);
    listeners.add(check);
  });
}

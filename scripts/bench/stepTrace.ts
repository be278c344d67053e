/**
 * The page's own main-thread work per year step, from a Chromium trace (issue #15's definition:
 * script + style + layout). Each step runs from its keydown's dispatch to the `year-step-end`
 * user-timing mark the bench sets once the frame that shows the new year has been painted; its
 * own work is the union of the renderer main thread's script, style and layout events inside
 * that window (nested events counted once). Paint, compositing and the wait for the next frame
 * are not counted: they are the browser's, and the step's total p95 covers them. Pure.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { type?: string } };
}

/** Script (event handlers, tasks, timers, frames' callbacks, microtasks), style and layout. */
const OWN = new Set(['EventDispatch', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'EvaluateScript', 'v8.compile', 'UpdateLayoutTree', 'Layout']);
export const STEP_END_MARK = 'year-step-end';

const isKeydown = (e: TraceEvent) => e.name === 'EventDispatch' && e.ph === 'X' && e.args?.data?.type === 'keydown';

/** Milliseconds of own work per step, in step order (one per keydown followed by an end mark). */
export function ownWorkPerStep(events: readonly TraceEvent[]): number[] {
  const first = events.find(isKeydown);
  if (!first) return [];
  const main = events.filter((e) => e.pid === first.pid && e.tid === first.tid).sort((a, b) => a.ts - b.ts);
  const ends = main.filter((e) => e.name === STEP_END_MARK).map((e) => e.ts);
  const out: number[] = [];
  for (const start of main.filter(isKeydown).map((e) => e.ts)) {
    const end = ends.find((t) => t > start);
    if (end === undefined) continue;
    const spans = main
      .filter((e) => e.ph === 'X' && OWN.has(e.name) && e.ts < end && e.ts + (e.dur ?? 0) > start)
      .map((e): [number, number] => [Math.max(start, e.ts), Math.min(end, e.ts + (e.dur ?? 0))])
      .sort((a, b) => a[0] - b[0]);
    let total = 0;
    let from = Number.NaN;
    let to = Number.NaN;
    for (const [a, b] of spans) {
      if (!(a <= to)) {
        if (to > from) total += to - from;
        from = a;
        to = b;
      } else to = Math.max(to, b);
    }
    if (to > from) total += to - from;
    out.push(total / 1000);
  }
  return out;
}

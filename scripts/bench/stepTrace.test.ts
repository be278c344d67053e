import { describe, expect, it } from 'vitest';
import { ownWorkPerStep, STEP_END_MARK, type TraceEvent } from './stepTrace';

const ev = (name: string, ts: number, dur: number, extra: Partial<TraceEvent> = {}): TraceEvent => ({ name, ph: 'X', ts, dur, pid: 1, tid: 1, ...extra });
const keydown = (ts: number, dur: number) => ev('EventDispatch', ts, dur, { args: { data: { type: 'keydown' } } });
const end = (ts: number): TraceEvent => ({ name: STEP_END_MARK, ph: 'R', ts, pid: 1, tid: 1 });

describe('ownWorkPerStep', () => {
  it('counts script, style and layout once each, from the keydown to the end mark', () => {
    const steps = ownWorkPerStep([
      keydown(1000, 2000),
      ev('FunctionCall', 1200, 1500), // nested in the keydown: not counted twice
      ev('UpdateLayoutTree', 5000, 500),
      ev('Layout', 5500, 1000),
      ev('Paint', 6500, 3000), // the browser's: not counted
      end(10_000),
      ev('FunctionCall', 11_000, 9000), // after the end mark: another step's business
    ]);
    expect(steps).toEqual([3.5]);
  });

  it('ignores other threads and keeps steps apart', () => {
    const steps = ownWorkPerStep([
      keydown(0, 1000),
      ev('FunctionCall', 100, 5000, { tid: 2 }),
      end(2000),
      keydown(3000, 500),
      ev('Layout', 3600, 400),
      end(5000),
    ]);
    expect(steps).toEqual([1, 0.9]);
  });

  it('gives nothing without a keydown', () => {
    expect(ownWorkPerStep([ev('Layout', 0, 10)])).toEqual([]);
  });
});

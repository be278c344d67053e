import { describe, expect, it } from 'vitest';
import { MAX_ZOOM } from './urlState';
import { clampCenterPoint, clampZoom, fitBounds, panCenterPoint, stepZoom } from './viewport';

const W = 1000;
const H = 866;

describe('clampCenterPoint', () => {
  it('keeps the whole-region view centred', () => {
    expect(clampCenterPoint([10, 10], 1, W, H)).toEqual([500, 433]);
  });
  it('lets a zoomed view reach the edge but not beyond', () => {
    expect(clampCenterPoint([0, 0], 2, W, H)).toEqual([250, 216.5]);
    expect(clampCenterPoint([990, 850], 4, W, H)).toEqual([875, 757.75]);
  });
  it('recovers from a non-finite point', () => {
    expect(clampCenterPoint([Number.NaN, Number.POSITIVE_INFINITY], 1, W, H)).toEqual([500, 433]);
  });
});

describe('fitBounds', () => {
  it('zooms a small state to the limit', () => {
    expect(fitBounds([[400, 700], [402, 703]], W, H).zoom).toBe(MAX_ZOOM);
  });
  it('shows a state as large as the region at zoom 1', () => {
    expect(fitBounds([[0, 0], [W, H]], W, H)).toEqual({ zoom: 1, center: [500, 433] });
  });
  it('centres a mid-sized state with a margin', () => {
    const { zoom, center } = fitBounds([[400, 400], [500, 450]], W, H);
    expect(zoom).toBeCloseTo(8);
    expect(center).toEqual([450, 425]);
    const fit = fitBounds([[300, 300], [500, 400]], W, H);
    expect(fit.zoom).toBeCloseTo(4);
    expect(fit.center).toEqual([400, 350]);
  });
});

describe('panCenterPoint and stepZoom', () => {
  it('pans by a fraction of the screen, further in map units when zoomed out', () => {
    expect(panCenterPoint([500, 433], 2, 0.25, 0, W, H)).toEqual([625, 433]);
    expect(panCenterPoint([500, 433], 4, 0.25, 0, W, H)).toEqual([562.5, 433]);
  });
  it('cannot pan at the whole-region view', () => {
    expect(panCenterPoint([500, 433], 1, 0.25, 0.25, W, H)).toEqual([500, 433]);
  });
  it('steps zoom by half and stays within limits', () => {
    expect(stepZoom(2, 1)).toBe(3);
    expect(stepZoom(MAX_ZOOM, 1)).toBe(MAX_ZOOM);
    expect(stepZoom(1.4, -1)).toBe(1);
    expect(clampZoom(Number.NaN)).toBe(1);
  });
});

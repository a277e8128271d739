import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onMapSettled, sayMapSettled } from './map-settled';

describe('holding the nodes until the map has settled', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // The node test environment has no window: an event target stands in for it.
    vi.stubGlobal('window', Object.assign(new EventTarget(), { __firstIdleAt: undefined }));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('releases once, when the map says it settled', () => {
    const release = vi.fn();
    onMapSettled(release);
    expect(release).not.toHaveBeenCalled();
    sayMapSettled();
    sayMapSettled();
    vi.advanceTimersByTime(10_000);
    expect(release).toHaveBeenCalledTimes(1);
  });

  it('releases after the time limit when the map never settles', () => {
    const release = vi.fn();
    onMapSettled(release, 8000);
    vi.advanceTimersByTime(7999);
    expect(release).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(release).toHaveBeenCalledTimes(1);
  });

  it('releases at once when the map was idle already', () => {
    (window as Window & { __firstIdleAt?: number }).__firstIdleAt = 1234;
    const release = vi.fn();
    onMapSettled(release);
    expect(release).toHaveBeenCalledTimes(1);
  });

  it('does nothing once unsubscribed', () => {
    const release = vi.fn();
    const stop = onMapSettled(release);
    stop();
    sayMapSettled();
    vi.advanceTimersByTime(10_000);
    expect(release).not.toHaveBeenCalled();
  });
});

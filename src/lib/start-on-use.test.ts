import { describe, expect, it } from 'vitest';
import { BUREAU_DB, BUREAU_STORE } from './data/bureau-db';
import {
  addressAsksForMore,
  BUREAU_DB_NAME,
  BUREAU_STORE_NAME,
  holdsBureauData,
  onFirstUse,
  USE_EVENTS,
} from './start-on-use';

describe('starting the app on a pre-rendered page', () => {
  it('names the bureau database as the bureau store does', () => {
    expect(BUREAU_DB_NAME).toBe(BUREAU_DB);
    expect(BUREAU_STORE_NAME).toBe(BUREAU_STORE);
  });

  it('starts at once for a query or a hash, not for the bare page', () => {
    expect(addressAsksForMore({ search: '', hash: '' })).toBe(false);
    expect(addressAsksForMore({ search: '?', hash: '#' })).toBe(false);
    expect(addressAsksForMore({ search: '?sample=0', hash: '' })).toBe(true);
    expect(addressAsksForMore({ search: '', hash: '#main' })).toBe(true);
  });

  it('starts once, at the first use event, and stops listening', () => {
    const target = new EventTarget();
    let starts = 0;
    onFirstUse(target, () => starts++);
    expect(starts).toBe(0);
    target.dispatchEvent(new Event('scroll'));
    expect(starts).toBe(0);
    target.dispatchEvent(new Event('keydown'));
    for (const e of USE_EVENTS) target.dispatchEvent(new Event(e));
    expect(starts).toBe(1);
  });

  it('a stopped listener never starts', () => {
    const target = new EventTarget();
    let starts = 0;
    const stop = onFirstUse(target, () => starts++);
    stop();
    target.dispatchEvent(new Event('pointerdown'));
    expect(starts).toBe(0);
  });

  it('looks for the bureau database, and where it cannot tell, says yes', async () => {
    expect(await holdsBureauData(undefined)).toBe(false);
    const none = { databases: async () => [{ name: 'xsbn-gis', version: 1 }] } as unknown as IDBFactory;
    expect(await holdsBureauData(none)).toBe(false);
    expect(await holdsBureauData({} as IDBFactory)).toBe(true);
    const broken = {
      databases: async () => {
        throw new Error('blocked');
      },
    } as unknown as IDBFactory;
    expect(await holdsBureauData(broken)).toBe(true);
  });
});

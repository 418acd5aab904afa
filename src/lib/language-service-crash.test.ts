import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleLanguageServiceCrashes, isLanguageServiceCrash } from './language-service-crash';

function rejection(reason: unknown): Event {
  const event = new Event('unhandledrejection', { cancelable: true });
  Object.defineProperty(event, 'reason', { value: reason });
  return event;
}

const crash = Object.assign(new Error('Debug Failure. type must be class or interface'), {
  stack:
    'Error: Debug Failure.\n    at bp (http://127.0.0.1:4173/assets/ts.worker-CVbFdYz4.js:391:39968)',
});

describe('isLanguageServiceCrash', () => {
  it('recognises an error thrown inside the TypeScript worker', () => {
    expect(isLanguageServiceCrash(crash)).toBe(true);
  });
  it('leaves every other rejection alone', () => {
    expect(isLanguageServiceCrash(new Error('network down'))).toBe(false);
    expect(isLanguageServiceCrash('ts.worker')).toBe(false);
    expect(isLanguageServiceCrash(null)).toBe(false);
    expect(isLanguageServiceCrash({ stack: 'at x (app/its.workers.js:1:1)' })).toBe(false);
  });
});

describe('handleLanguageServiceCrashes', () => {
  afterEach(() => vi.restoreAllMocks());

  it('handles TypeScript worker crashes and warns once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const target = new EventTarget();
    const remove = handleLanguageServiceCrashes(target);
    const first = rejection(crash);
    const second = rejection(crash);
    target.dispatchEvent(first);
    target.dispatchEvent(second);
    expect([first.defaultPrevented, second.defaultPrevented]).toEqual([true, true]);
    expect(warn).toHaveBeenCalledTimes(1);
    remove();
    const after = rejection(crash);
    target.dispatchEvent(after);
    expect(after.defaultPrevented).toBe(false);
  });

  it('lets other rejections through as uncaught', () => {
    const target = new EventTarget();
    handleLanguageServiceCrashes(target);
    const other = rejection(new Error('boom'));
    target.dispatchEvent(other);
    expect(other.defaultPrevented).toBe(false);
  });
});

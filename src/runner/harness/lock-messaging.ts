/// <reference lib="webworker" />
import type { Endpoint } from 'comlink';

/**
 * Captures the worker's real postMessage/addEventListener for the harness and
 * replaces every way user code could reach them with functions that refuse.
 */
export function lockMessaging(scope: DedicatedWorkerGlobalScope): Endpoint {
  const post = scope.postMessage.bind(scope);
  const listen = scope.addEventListener.bind(scope);
  const unlisten = scope.removeEventListener.bind(scope);
  const endpoint: Endpoint = {
    postMessage: (message: unknown, transfer?: Transferable[]) => post(message, transfer ?? []),
    addEventListener: listen as Endpoint['addEventListener'],
    removeEventListener: unlisten as Endpoint['removeEventListener'],
  };
  const refuse = () => {
    throw new Error('The sandbox does not allow messaging from solution code.');
  };
  const holders: object[] = [scope];
  for (
    let p = Object.getPrototypeOf(scope) as object | null;
    p;
    p = Object.getPrototypeOf(p) as object | null
  )
    holders.push(p);
  for (const holder of holders) {
    for (const key of [
      'postMessage',
      'addEventListener',
      'removeEventListener',
      'dispatchEvent',
      'close',
    ]) {
      if (Object.prototype.hasOwnProperty.call(holder, key) || holder === scope) {
        try {
          Object.defineProperty(holder, key, {
            value: refuse,
            writable: false,
            configurable: false,
          });
        } catch {
          /* a non-configurable built-in: nothing to replace */
        }
      }
    }
    for (const key of ['onmessage', 'onmessageerror']) {
      if (Object.prototype.hasOwnProperty.call(holder, key)) {
        try {
          Object.defineProperty(holder, key, {
            get: () => null,
            set: () => undefined,
            configurable: false,
          });
        } catch {
          /* not configurable */
        }
      }
    }
  }
  return endpoint;
}

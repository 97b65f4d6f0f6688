import { isChannelLost } from './is-channel-lost';
import { ReaderError } from './reader-error';

/** A call to the background that was lost twice: its message is the reader's sentence (given). */
export class ServiceRestartedError extends ReaderError {
  override name = 'ServiceRestartedError';
}

/** How long to give a restarting service worker before the one retry. */
export const RETRY_DELAY_MS = 250;

/**
 * `service` with each method call made once more when the browser lost its message (the worker
 * restarted: the call may or may not have run, so only calls that can run twice are retried; every
 * method of the analysis service can: an import skips what it stored already, a removal of what is
 * gone says so); lost twice, it rejects with `ServiceRestartedError(message())`.
 */
export function retryOnRestart<T extends object>(service: T, message: () => string, delayMs = RETRY_DELAY_MS): T {
  return new Proxy(service, {
    get(target, key, receiver) {
      // Not a method: a service is not a promise (a proxy that answers every key would look like one).
      if (key === 'then' || typeof key === 'symbol') return undefined;
      const method: unknown = Reflect.get(target, key, receiver);
      if (typeof method !== 'function') return method;
      return async (...args: unknown[]) => {
        // Reflect.apply, not method.apply: on the proxy service every property, `apply` too, is a remote call.
        const call = () => Reflect.apply(method, target, args) as Promise<unknown>;
        try {
          return await call();
        } catch (err) {
          if (!isChannelLost(err)) throw err;
          await new Promise((resolve) => setTimeout(resolve, delayMs));
          try {
            return await call();
          } catch (again) {
            if (!isChannelLost(again)) throw again;
            throw new ServiceRestartedError(message(), { cause: again });
          }
        }
      };
    },
  });
}

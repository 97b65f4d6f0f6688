import { describe, expect, it, vi } from 'vitest';
import { isChannelLost } from '../../utils/shared/is-channel-lost';
import { retryOnRestart, ServiceRestartedError } from '../../utils/shared/retry-on-restart';

const CHROMIUM_CLOSED =
  'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';
const NO_RECEIVER = 'Could not establish connection. Receiving end does not exist.';
const FIREFOX_LOST = 'Message manager disconnected';
const PLAIN = 'Crosscheck’s background stopped while it was working on this. Try again.';

/** A service whose `call` fails with each of `failures` in turn, then answers 'done'. */
function flaky(failures: Array<string | null>) {
  const fn = vi.fn(async () => {
    const next = failures.shift();
    if (next) throw new Error(next);
    return 'done';
  });
  return { service: retryOnRestart({ call: fn }, () => PLAIN, 0), fn };
}

describe('retryOnRestart', () => {
  it.each([
    ['the channel closed (Chromium)', CHROMIUM_CLOSED],
    ['no receiver yet (a worker starting)', NO_RECEIVER],
    ['the message manager gone (Firefox)', FIREFOX_LOST],
  ])('makes a call lost once (%s) again, and answers', async (_, lost) => {
    const { service, fn } = flaky([lost]);
    await expect(service.call()).resolves.toBe('done');
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('tells a call lost twice in the reader’s words, never the browser’s', async () => {
    const { service, fn } = flaky([CHROMIUM_CLOSED, NO_RECEIVER]);
    const err = await service.call().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServiceRestartedError);
    expect((err as Error).message).toBe(PLAIN);
    expect((err as Error).message).not.toMatch(/listener|channel|receiving end/i);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('passes Crosscheck’s own errors on at once, not retried', async () => {
    const { service, fn } = flaky(['This source is no longer among your sources.']);
    await expect(service.call()).rejects.toThrow('This source is no longer among your sources.');
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('calls a deep proxy, whose every property is a remote call (`apply` too), as a method', async () => {
    // As @webext-core/proxy-service builds it: a function target, every property another such proxy.
    const remote = (path: string[]): unknown =>
      new Proxy(() => undefined, {
        apply: async () => `called ${path.join('.')}`,
        get: (_t, key) => (typeof key === 'symbol' ? undefined : remote([...path, key])),
      });
    const service = retryOnRestart(remote([]) as { listSources: () => Promise<string> }, () => PLAIN, 0);
    await expect(service.listSources()).resolves.toBe('called listSources');
  });

  it('is not taken for a promise', async () => {
    const { service } = flaky([]);
    expect(await Promise.resolve(service)).toBe(service);
  });

  it.each([
    [CHROMIUM_CLOSED, true],
    ['The message port closed before a response was received.', true],
    ["Actor 'Conduits' destroyed before query 'RuntimeMessage' was resolved", true],
    ['QuotaExceededError: the disk is full', false],
    ['Crosscheck could not load its corpus.', false],
  ])('isChannelLost(%j) is %s', (message, want) => expect(isChannelLost(new Error(message))).toBe(want));
});

import { evaluatePrivileged } from './evaluate-privileged';
import type { FirefoxBrowser } from './launch-firefox';

/** Who a request was made for, from the principals Firefox gave it. */
export type RequestMaker = 'extension' | 'web page' | 'browser';

export interface RecordedChannel {
  url: string;
  /**
   * `extension`: triggered or loaded by one of the extension's documents (its pages, its
   * background, or a content script it ran: an expanded principal that includes the
   * extension's); `browser`: Firefox itself (system principal: its own services, and a
   * navigation the test asks for over BiDi); `web page`: anything else.
   */
  from: RequestMaker;
  /** The triggering principal's origin (`system`, `moz-extension://…`, `http://127.0.0.1:…`, `[Expanded Principal […]]`). */
  triggeredBy: string;
  /** nsIContentPolicy's name for what it is (TYPE_DOCUMENT, TYPE_FETCH, TYPE_IMAGE…). */
  type: string;
  /** Set when Firefox refused to open the channel (it announced `http-on-failed-opening-request`). */
  failed?: true;
}

export interface RecordedRefusal {
  /** The console's category (CSP_CSPGenericViolation…) and message, which names the directive and the address. */
  category: string;
  message: string;
  /** The document the refusal happened in. */
  source: string;
}

export interface RequestRecorder {
  /** Every HTTP(S) channel opened since the start (or the last clear), in order. */
  channels(): Promise<RecordedChannel[]>;
  /** Every load the content security policy refused (no channel is opened for those). */
  refusals(): Promise<RecordedRefusal[]>;
  clear(): Promise<void>;
  stop(): Promise<void>;
}

/** What the recorder keeps on the browser window, under one name. */
interface RecorderState {
  channels: RecordedChannel[];
  refusals: RecordedRefusal[];
  stop(): void;
}

/** The privileged globals the recorder uses (its own window is `globalThis`). */
interface RecorderScope {
  Services: {
    obs: {
      addObserver(observer: { observe(subject: unknown, topic: string): void }, topic: string): void;
      removeObserver(observer: { observe(subject: unknown, topic: string): void }, topic: string): void;
    };
    console: {
      registerListener(listener: { observe(message: unknown): void }): void;
      unregisterListener(listener: { observe(message: unknown): void }): void;
    };
  };
  Ci: { nsIHttpChannel: unknown; nsIScriptError: unknown; nsIContentPolicy: Record<string, unknown> };
  __crosscheckRecorder?: RecorderState;
}

interface Principal {
  isSystemPrincipal: boolean;
  origin: string;
}

interface HttpChannel {
  URI: { spec: string };
  loadInfo: {
    triggeringPrincipal: Principal | null;
    loadingPrincipal: Principal | null;
    externalContentPolicyType: number;
  };
}

/**
 * Records every HTTP(S) request the whole browser makes, whichever process makes it, and every
 * load the content security policy refuses. Why not puppeteer's request events: WebDriver BiDi
 * reports a request only with the tab it belongs to, so the background page's requests (it is
 * in no tab) and the extension pages' own loads never show (checked with Firefox ESR 153). In
 * Firefox every HTTP channel is opened in the parent process, which announces it
 * (`http-on-modify-request`) with the principals that asked for it: an observer there, set up in
 * the privileged scope, sees them all. Not seen: loads that are not HTTP (the extension's own
 * moz-extension:// files, data: and blob: URLs) and loads the CSP stops before a channel exists;
 * the latter go to the console, whose parent-process listener records them here as refusals.
 */
export async function recordRequests(ff: FirefoxBrowser): Promise<RequestRecorder> {
  await evaluatePrivileged(
    ff.browser,
    (extensionOrigin) => {
      const scope = globalThis as unknown as RecorderScope;
      scope.__crosscheckRecorder?.stop();
      const state: RecorderState = { channels: [], refusals: [], stop: () => undefined };
      // Every channel about to be sent (cache hits included), and any the parent refused to open.
      const OPENED = 'http-on-modify-request';
      const FAILED = 'http-on-failed-opening-request';
      const typeNames = new Map(
        Object.entries(scope.Ci.nsIContentPolicy)
          .filter(([name, value]) => name.startsWith('TYPE_') && typeof value === 'number')
          .map(([name, value]) => [value as number, name]),
      );
      const describe = (p: Principal | null) => (!p ? '' : p.isSystemPrincipal ? 'system' : p.origin);
      const observer = {
        observe(subject: unknown, topic: string) {
          const channel = (subject as { QueryInterface(i: unknown): HttpChannel }).QueryInterface(
            scope.Ci.nsIHttpChannel,
          );
          const { triggeringPrincipal, loadingPrincipal, externalContentPolicyType } = channel.loadInfo;
          const principals = [describe(triggeringPrincipal), describe(loadingPrincipal)];
          state.channels.push({
            url: channel.URI.spec,
            from: principals.some((p) => p.includes(extensionOrigin))
              ? 'extension'
              : principals.every((p) => p === 'system' || p === '')
                ? 'browser'
                : 'web page',
            triggeredBy: principals[0]!,
            type: typeNames.get(externalContentPolicyType) ?? String(externalContentPolicyType),
            ...(topic === FAILED ? { failed: true } : {}),
          });
        },
      };
      const listener = {
        observe(message: unknown) {
          let error: { category: string; errorMessage: string; sourceName: string };
          try {
            error = (message as { QueryInterface(i: unknown): typeof error }).QueryInterface(scope.Ci.nsIScriptError);
          } catch {
            return; // A plain console message, not an error about a load.
          }
          if (!error.category.startsWith('CSP')) return;
          state.refusals.push({
            category: error.category,
            message: error.errorMessage,
            source: error.sourceName,
          });
        },
      };
      for (const topic of [OPENED, FAILED]) scope.Services.obs.addObserver(observer, topic);
      scope.Services.console.registerListener(listener);
      state.stop = () => {
        for (const topic of [OPENED, FAILED]) scope.Services.obs.removeObserver(observer, topic);
        scope.Services.console.unregisterListener(listener);
      };
      scope.__crosscheckRecorder = state;
      return true;
    },
    ff.extensionOrigin,
  );
  const read = <K extends 'channels' | 'refusals'>(key: K) =>
    evaluatePrivileged(
      ff.browser,
      (key) => (globalThis as unknown as RecorderScope).__crosscheckRecorder?.[key] ?? [],
      key,
    ) as Promise<RecorderState[K]>;
  return {
    channels: () => read('channels'),
    refusals: () => read('refusals'),
    async clear() {
      await evaluatePrivileged(
        ff.browser,
        () => {
          const state = (globalThis as unknown as RecorderScope).__crosscheckRecorder;
          if (state) state.channels.length = state.refusals.length = 0;
          return true;
        },
        null,
      );
    },
    async stop() {
      await evaluatePrivileged(
        ff.browser,
        () => {
          const scope = globalThis as unknown as RecorderScope;
          scope.__crosscheckRecorder?.stop();
          delete scope.__crosscheckRecorder;
          return true;
        },
        null,
      );
    },
  };
}

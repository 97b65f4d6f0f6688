import type { Browser } from 'puppeteer-core';

/** What a BiDi `script.evaluate` answers (the part read here). */
interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text?: string };
}

/** The connection under puppeteer's BiDi browser: its type is internal to puppeteer. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/**
 * Runs `fn(arg)` in the browser's own window (browser.xhtml, the privileged "chrome" scope, where
 * `Services`, `ChromeUtils` and `SidebarController` are), and returns its result through JSON.
 * Firefox exposes that scope over WebDriver BiDi only when started with
 * `--remote-allow-system-access` (launch-firefox.ts); the tests use it for what no web or
 * extension API offers: granting an optional origin, opening the sidebar without a click,
 * watching every HTTP request of every process, drawing the whole window.
 * `fn` is sent as source text: it may use nothing from its module, only its argument.
 */
export async function evaluatePrivileged<A, R>(browser: Browser, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })).result as {
    contexts: Array<{ context: string; url: string }>;
  };
  const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error(`No browser window among ${tree.contexts.map((c) => c.url).join(', ')}`);
  // `__name`: esbuild run with keepNames (tsx does) wraps inner functions in a helper of that name,
  // which the source text refers to but does not carry.
  const expression = `(async (__name) => JSON.stringify(await (${fn.toString()})(${JSON.stringify(arg)})))((f) => f)`;
  const { result } = (await connection.send('script.evaluate', {
    expression,
    target: { context: window.context },
    awaitPromise: true,
  })) as { result: EvaluateResult };
  if (result.type === 'exception') throw new Error(`In the privileged scope: ${result.exceptionDetails?.text}`);
  const json = result.result?.value;
  return (typeof json === 'string' ? JSON.parse(json) : undefined) as R;
}

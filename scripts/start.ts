/**
 * `npm start`: builds the extension (test build: it may read the local demo server without a
 * toolbar click), serves a demo article on 127.0.0.1, opens it in Debian's Chromium with the
 * extension loaded, opens Crosscheck's panel for it and saves a screenshot.
 * Headed when DISPLAY is set (stays open until Ctrl-C), headless otherwise (exits after the shot).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { getTabId, launchWithExtension, servePages } from '../tests/e2e/launch-extension';
import { projectRoot } from '../node/project-root';

const ROOT = projectRoot;
const DEMO_PAGE = 'd2-misreport-2015.html';
const SCREENSHOT = path.join(ROOT, 'artifacts', 'start-sidepanel.png');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const canApt = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;
  if (!canApt) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  console.log('Chromium is missing: installing Debian’s package (apt-get install chromium)…');
  execFileSync('sh', ['-c', 'apt-get update && apt-get install -y chromium'], { stdio: 'inherit' });
}

async function main(): Promise<void> {
  ensureChromium();
  console.log('Building the extension (npm run build:e2e)…');
  execFileSync('npm', ['run', '--silent', 'build:e2e'], { cwd: ROOT, stdio: 'inherit' });

  const headed = Boolean(process.env.DISPLAY);
  const server = await servePages();
  const ext = await launchWithExtension(undefined, !headed);
  const shutdown = async () => {
    await ext.close().catch(() => undefined);
    await server.close();
  };
  const stopped = new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
    ext.context.once('close', () => resolve());
  });

  try {
    const url = `${server.origin}/${DEMO_PAGE}`;
    const article = await ext.context.newPage();
    await article.goto(url);
    const tabId = await getTabId(ext, url);
    // A script cannot open the real side panel (it needs a click), so the panel opens in a tab.
    const panel = await ext.context.newPage();
    await panel.setViewportSize({ width: 440, height: 1000 });
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}`);
    await panel.locator('.comparison, .notice-error').first().waitFor({ timeout: 30_000 });
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await panel.screenshot({ path: SCREENSHOT, fullPage: true });
    console.log(`\nDemo article: ${url}`);
    console.log(`Screenshot of the Crosscheck panel: ${SCREENSHOT}`);
  } catch (err) {
    await shutdown();
    throw err;
  }

  if (!headed) {
    await shutdown();
    return;
  }
  console.log('Chromium is open with Crosscheck loaded. Press Ctrl-C to quit.');
  await stopped;
  await shutdown();
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});

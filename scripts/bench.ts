// npm run --silent bench [-- --json]: how fast the pipeline is, and how it scales.
//   readabilityMs / pipelineMs / overheadRatio: medians over the 25 real pages of ../shared/readability-pages
//   scale: corpora of 1,000 and 10,000 articles (FNC-1 bodies, repeated with light perturbation),
//          each measured in a fresh process (build seconds, index bytes, peak RSS, match ms per page)
//   indexedDb: in Chromium, 10,000 articles imported through the options page, then the time a new
//          service worker takes to load them from IndexedDB (scripts/bench-indexeddb.ts)
//   bundle: bytes of each built entrypoint and of the zip (production build, made afresh)
// Figures, not a test: nothing here passes or fails.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../lib/extract/extract-article';
import { compareArticle } from '../lib/compare-article';
import { loadShippedCorpus, projectRoot } from '../node/compare-file';
import { build } from 'esbuild';
import type { ScaleFigures } from './bench-scale';
import { measureIndexedDb } from './bench-indexeddb';
import { readDocument, realPageFiles } from '../node/real-pages';

const args = process.argv.slice(2);
const json = args.includes('--json');

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
}
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

// Each part runs on its own: one that fails is reported as failed, and the others' figures stand.
const failures: Record<string, string> = {};
async function part<T>(name: string, run: () => T | Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (err) {
    failures[name] = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    return null;
  }
}

// 1. Readability alone vs the whole pipeline, on the same pages, in the same run.
const readability: number[] = [];
const pipeline: number[] = [];
const ratios: number[] = [];
const RUNS = 5;
await part('pipeline', () => {
  const corpus = loadShippedCorpus();
  for (const { file } of realPageFiles()) {
    const doc = readDocument(file);
    const r: number[] = [];
    const p: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      let t = performance.now();
      new Readability(doc.cloneNode(true) as Document).parse();
      const readMs = performance.now() - t;
      t = performance.now();
      const article = extractArticle(doc, 'http://localhost/');
      if (article) compareArticle(article, corpus);
      const pipeMs = performance.now() - t;
      if (run > 0) {
        // the first run warms the JIT
        r.push(readMs);
        p.push(pipeMs);
      }
    }
    readability.push(median(r));
    pipeline.push(median(p));
    ratios.push(median(p) / median(r));
  }
});

// 2. Scale, each size in a child process running plain Node on a bundle of scripts/bench-scale-child.ts.
const scale: Record<string, ScaleFigures> = {};
const child = join(projectRoot, 'out', 'bench', 'scale-child.mjs');
const childBuilt = await part('scale build', async () => {
  await build({
    entryPoints: [join(projectRoot, 'scripts', 'bench-scale-child.ts')],
    outfile: child,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  return true;
});
for (const n of childBuilt ? [1000, 10000] : []) {
  await part(`scale ${n}`, () => {
    const out = execFileSync(process.execPath, [child, String(n)], { encoding: 'utf8', maxBuffer: 1 << 26 });
    scale[String(n)] = JSON.parse(out.trim().split('\n').pop()!) as ScaleFigures;
  });
}

// 3. Bundle sizes of the production build.
// Built afresh: an older .output would report an older bundle.
const outDir = join(projectRoot, '.output');
const bundle: Record<string, number> = {};
const built = await part('bundle', () => {
  execFileSync('npm', ['run', '--silent', 'corpus'], { cwd: projectRoot, stdio: 'ignore' });
  execFileSync('npx', ['wxt', 'zip'], { cwd: projectRoot, stdio: 'ignore' });
  const chrome = join(outDir, 'chrome-mv3');
  for (const file of [
    'background.js',
    'content-scripts/content.js',
    ...readdirSync(join(chrome, 'chunks')).map((f) => `chunks/${f}`),
  ]) {
    if (existsSync(join(chrome, file))) bundle[file] = statSync(join(chrome, file)).size;
  }
  for (const zip of readdirSync(outDir).filter((f) => f.endsWith('-chrome.zip')))
    bundle[zip] = statSync(join(outDir, zip)).size;
  return true;
});

// 4. In Chromium: a reader's corpus of 10,000 articles imported, stored in IndexedDB, loaded at start-up.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const indexedDb = existsSync(CHROMIUM) && built ? await part('indexedDb', () => measureIndexedDb(10000)) : null;

// 5. In the browser: recorded by the end-to-end test tests/e2e/timing.test.ts (npm test), if it ran.
const timingFile = join(projectRoot, 'artifacts', 'timing.json');
const browser = existsSync(timingFile)
  ? (JSON.parse(readFileSync(timingFile, 'utf8')) as { medianLoadToResultsMs: number; longestContentTaskMs: number })
  : null;

const figures = {
  readabilityMs: round(median(readability)),
  pipelineMs: round(median(pipeline)),
  overheadRatio: round(median(ratios)),
  pages: readability.length,
  scale,
  indexedDb,
  bundle,
  failures,
  browser: browser && {
    medianLoadToResultsMs: browser.medianLoadToResultsMs,
    longestContentTaskMs: browser.longestContentTaskMs,
    from: 'artifacts/timing.json',
  },
};
/** The match times as multiples of Readability's median in this run (machines differ up to 3x; ratios do not). */
function timesReadability(p50: number, p95: number): string {
  const r = median(readability);
  return Number.isFinite(r) ? ` (${round(p50 / r)}x / ${round(p95 / r)}x Readability's median)` : '';
}

if (json) console.log(JSON.stringify(figures, null, 2));
else {
  console.log(`pages: ${figures.pages} (../shared/readability-pages), medians of ${RUNS} runs each`);
  console.log(
    `readability ${figures.readabilityMs} ms, pipeline ${figures.pipelineMs} ms, overhead ratio ${figures.overheadRatio}`,
  );
  for (const [n, s] of Object.entries(scale)) {
    console.log(
      `corpus of ${n} articles: ${s.statements} statements, build ${s.buildSeconds} s, load ${s.loadSeconds} s, index ${(s.indexBytes / 1e6).toFixed(1)} MB, peak RSS ${s.peakMemoryMB} MB, match per page p50 ${s.matchMsP50} ms p95 ${s.matchMsP95} ms${timesReadability(s.matchMsP50, s.matchMsP95)}; stories: ${s.stories} grouped in ${s.storiesMs} ms, regrouped after one article added in ${s.storiesUpdateMs} ms${timesReadability(s.storiesUpdateMs, s.storiesMs)} (regrouping / from scratch)`,
    );
  }
  if (indexedDb) {
    const d = indexedDb;
    console.log(
      `in Chromium, ${d.userSources} of your sources (${d.statements} statements) in IndexedDB: import ${d.importSeconds} s, load at start-up ${d.loadSeconds} s (first start after the import ${d.firstLoadSeconds} s); stories listed ${d.storiesSeconds} s later; service worker's memory then ${d.workerHeapMB} MB (heap after GC and typed arrays)`,
    );
  } else if (!failures.indexedDb)
    console.log(`in Chromium: ${CHROMIUM} not found or no build, IndexedDB load not measured`);
  for (const [file, bytes] of Object.entries(bundle)) console.log(`bundle ${file}: ${(bytes / 1024).toFixed(1)} kB`);
  for (const [name, why] of Object.entries(failures)) console.log(`${name}: FAILED, ${why}`);
  if (browser)
    console.log(
      `in Chromium (last npm test): results ${browser.medianLoadToResultsMs} ms after page load (median), longest content-script task ${browser.longestContentTaskMs} ms (0 = none of 50 ms or more)`,
    );
  else console.log('in Chromium: run npm test first (tests/e2e/timing.test.ts records it)');
}

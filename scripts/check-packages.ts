// The last step of `npm run zip`: lists the store packages `wxt zip` wrote to .output/ with their
// sizes, and fails when one holds what it must not. The extension packages: the production
// manifest (no host access, the optional one, no test origin). The Firefox sources archive: only
// files git tracks (nothing a machine made, nothing private left in the work tree), none large.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { listZipEntries, readZipEntry, type ZipEntry } from '../node/read-zip';
import { projectRoot } from '../node/project-root';

/** A file larger than this in the sources archive is a mistake (the largest source, corpus/word-vectors.bin, is 3.4 MB). */
const MAX_SOURCE_BYTES = 4e6;

const { name, version } = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const outDir = path.join(projectRoot, '.output');
const packages = {
  chrome: `${name}-${version}-chrome.zip`,
  firefox: `${name}-${version}-firefox.zip`,
  sources: `${name}-${version}-sources.zip`,
};

const problems: string[] = [];
const rows: string[][] = [];
for (const [kind, file] of Object.entries(packages)) {
  const zipPath = path.join(outDir, file);
  const zip = readFileSync(zipPath);
  // JSZip lists each folder too: the files are what counts.
  const entries = listZipEntries(zip).filter((e) => !e.name.endsWith('/'));
  const unpacked = entries.reduce((n, e) => n + e.size, 0);
  rows.push([
    path.relative(projectRoot, zipPath),
    megabytes(statSync(zipPath).size),
    megabytes(unpacked),
    String(entries.length),
  ]);
  if (kind === 'sources') checkSources(file, entries);
  else checkManifest(file, zip, entries);
}

console.log(['package', 'zip', 'unpacked', 'files'].join('\t'));
for (const row of rows) console.log(row.join('\t'));
if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n${problems.map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}

function checkSources(file: string, entries: ZipEntry[]): void {
  const tracked = new Set(execFileSync('git', ['ls-files'], { cwd: projectRoot, encoding: 'utf8' }).split('\n'));
  for (const entry of entries) {
    if (!tracked.has(entry.name))
      problems.push(
        `${file}: ${entry.name} is not a file git tracks (commit it, or add it to NOT_SOURCES in wxt.config.ts)`,
      );
    if (entry.size > MAX_SOURCE_BYTES) problems.push(`${file}: ${entry.name} is ${megabytes(entry.size)}`);
  }
  for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'corpus/manifest.json']) {
    if (!entries.some((e) => e.name === needed)) problems.push(`${file}: ${needed} is missing (the build needs it)`);
  }
}

function checkManifest(file: string, zip: Buffer, entries: ZipEntry[]): void {
  const entry = entries.find((e) => e.name === 'manifest.json');
  if (!entry) return void problems.push(`${file}: no manifest.json`);
  const manifest = readZipEntry(zip, entry).toString('utf8');
  const parsed = JSON.parse(manifest) as Record<string, unknown>;
  if ('host_permissions' in parsed) problems.push(`${file}: the manifest asks for host access`);
  if (manifest.includes('127.0.0.1')) problems.push(`${file}: the manifest names the test origin (a test build?)`);
}

/** In MB of 1,000,000 bytes, as WXT prints sizes. */
function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(2)} MB`;
}

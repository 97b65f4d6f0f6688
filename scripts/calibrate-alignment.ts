// npm run --silent calibrate: the best alignment each statement of the 25 unrelated real pages reaches with
// the corpus. Every match there is a false alarm, so SAME_FACT_MIN must sit above this distribution.
import { loadShippedCorpus } from '../node/compare-file';
import { readDocument, realPageFiles } from '../node/real-pages';
import { extractArticle } from '../lib/extract/extract-article';
import { findStatements } from '../lib/statements/find-statements';
import { retrieveCandidates } from '../lib/match/retrieve-candidates';
import { alignStatements } from '../lib/match/align-statements';
import { hasClaimWords } from '../lib/match/judge-stance';
const corpus = loadShippedCorpus();
const scores: number[] = [];
for (const { file } of realPageFiles()) {
  const a = extractArticle(readDocument(file), 'http://localhost/');
  if (!a) continue;
  for (const st of findStatements(a.paragraphs, a.published)) {
    let best = 0;
    for (const c of retrieveCandidates(st, corpus, new Set())) {
      const al = alignStatements(st.features, c.features, corpus.weights);
      if (hasClaimWords(al)) best = Math.max(best, al.score);
    }
    scores.push(best);
  }
}
scores.sort((x, y) => y - x);
console.log(
  'statements',
  scores.length,
  'top',
  scores
    .slice(0, 15)
    .map((x) => x.toFixed(3))
    .join(' '),
);
for (const t of [0.3, 0.35, 0.38, 0.4, 0.42]) console.log(t, scores.filter((x) => x >= t).length);

import { readHandPairs, pairWeights } from './judge-dataset';
import { judgePair } from '../lib/judge-pair';
const w = pairWeights();
const conf = new Map<string, number>();
for (const p of readHandPairs()) {
  const j = judgePair(p.page, p.source, w, null, { pageDate: p.page_date, sourceDate: p.source_date });
  const got = j.stance === 'none' ? 'none' : j.stance;
  const k = `${p.label} -> ${got}`; conf.set(k, (conf.get(k) ?? 0) + 1);
}
console.log([...conf].sort().map(([k, v]) => `${k}: ${v}`).join('\n'));

import { analyseStatement } from '/work/main/lib/claims/analyse-statement';
import { readFileSync } from 'node:fs';
import { loadShippedCorpus } from '/work/main/scripts/compare-file';
import { alignStatements } from '/work/main/lib/match/align-statements';
import { compareSlots } from '/work/main/lib/match/compare-slots';
const corpus = loadShippedCorpus();
const outs: Record<string, any> = {};
for (const g of ['seed-pairs.jsonl','articles-expected.jsonl']) for (const line of readFileSync('/work/shared/eval/'+g,'utf8').split('\n').filter(Boolean)) {
  const e = JSON.parse(line); if (e.page_text==='*' || e.source==='*') continue;
  const o = outs[e.page] ??= JSON.parse(readFileSync(`/work/main/out/eval/${e.page}.json`,'utf8'));
  // recompute features
  const st = o.statements.find((s: any) => s.text.includes(e.page_text));
  const src = corpus.statements.find(s => s.sourceId.startsWith(e.source) && s.text.includes(e.source_text));
  if (!st || !src) { console.log('NOT FOUND', e.page, e.page_text, !!st, !!src); continue; }

  const pf = analyseStatement(st.text, o.page.published);
  const a = alignStatements(pf, src.features, corpus.idf);
  console.log(`${e.accept.join('|').padEnd(20)} ${a.score.toFixed(2)} ${e.page} "${e.page_text}" -> ${e.source} "${e.source_text}"\n   P: ${pf.terms.join(' ')}\n   S: ${src.features.terms.join(' ')}\n   shared: ${a.shared.join(' ')}  slots: ${JSON.stringify(compareSlots(pf, src.features).map(s=>s.text))}`);
}

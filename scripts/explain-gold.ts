// npm run --silent explain-gold [-- --all]: for each gold pair of ../shared/eval, shows how the engine
// sees it (terms, alignment, values, stance). A development aid: it reads out/eval/ from `npm run eval`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadShippedCorpus, projectRoot } from './compare-file';
import { sharedDir } from './project-root';
import { analyseStatement } from '../lib/claims/analyse-statement';
import { alignStatements } from '../lib/match/align-statements';
import { compareSlots } from '../lib/match/compare-slots';
import type { Comparison } from '../lib/types';

const corpus = loadShippedCorpus();
const all = process.argv.includes('--all');
const evalDir = join(sharedDir, 'eval');
const outputs = new Map<string, Comparison>();
for (const gold of ['seed-pairs.jsonl', 'articles-expected.jsonl']) {
  for (const line of readFileSync(join(evalDir, gold), 'utf8').split('\n').filter(Boolean)) {
    const e = JSON.parse(line) as { page: string; page_text: string; source: string; source_text: string; accept: string[] };
    if (e.page_text === '*' || e.source === '*') continue;
    if (!outputs.has(e.page)) outputs.set(e.page, JSON.parse(readFileSync(join(projectRoot, 'out', 'eval', `${e.page}.json`), 'utf8')) as Comparison);
    const out = outputs.get(e.page)!;
    const st = out.statements.find((s) => s.text.includes(e.page_text));
    const src = corpus.statements.find((s) => s?.sourceId.startsWith(e.source) && s.text.includes(e.source_text));
    const got = st?.matches.find((m) => m.sourceId.startsWith(e.source) && m.text.includes(e.source_text));
    const ok = got ? e.accept.includes(got.stance) : e.accept.includes('none');
    if (ok && !all) continue;
    console.log(`${ok ? 'ok  ' : 'MISS'} want ${e.accept.join('|')} got ${got?.stance ?? 'nothing'}: ${e.page} "${e.page_text}" -> ${e.source} "${e.source_text}"`);
    if (!st || !src) {
      console.log(`   statement not found: page ${Boolean(st)}, source ${Boolean(src)}`);
      continue;
    }
    const pf = analyseStatement(st.text, out.page.published);
    const a = alignStatements(pf, src.features, corpus.weights);
    console.log(`   align ${a.score.toFixed(3)} shared [${a.shared.join(' ')}] similar [${a.similar.map((p) => p.join('~')).join(' ')}]`);
    console.log(`   P: ${pf.terms.join(' ')} | neg ${pf.negation} scope ${pf.scope?.text ?? '-'}`);
    console.log(`   S: ${src.features.terms.join(' ')} | neg ${src.features.negation} scope ${src.features.scope?.text ?? '-'}`);
    console.log(`   values: ${JSON.stringify(compareSlots(pf, src.features).map((f) => f.text))}${got ? `\n   why: ${got.why}` : ''}`);
  }
}

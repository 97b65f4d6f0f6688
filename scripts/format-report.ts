import type { Comparison } from '../lib/types';

const MARK = { corroborates: '+', conflicts: '!', related: '~' } as const;

/** A plain-text report of a comparison for the terminal. */
export function formatReport(c: Comparison): string {
  const lines = [`${c.page.title || '(untitled)'}  ${c.page.published ?? 'date unknown'}  ${c.page.url}`];
  if (c.inCorpus)
    lines.push(
      `in the corpus: ${c.inCorpus.outlet} (${c.inCorpus.published}, ${c.inCorpus.sourceId}, share ${c.inCorpus.share}); not compared with itself`,
    );
  if (c.empty) return [...lines, `nothing to compare: ${c.empty}`].join('\n');
  let corroborated = 0;
  let conflicting = 0;
  for (const st of c.statements) {
    if (st.matches.some((m) => m.stance === 'corroborates')) corroborated++;
    if (st.matches.some((m) => m.stance === 'conflicts')) conflicting++;
    if (st.matches.length === 0) continue;
    lines.push('', `[${st.index}] ${st.text}`);
    for (const m of st.matches) {
      lines.push(
        `   ${MARK[m.stance]} ${m.stance.padEnd(12)} ${m.outlet}${m.voice ? ` (a copy of ${m.voice})` : ''} (${m.published}, ${m.timing}) score ${m.score}`,
      );
      lines.push(`       "${m.text}"`, `       why: ${m.why}`);
    }
  }
  lines.push(
    '',
    `${c.statements.length} statements checked: ${corroborated} corroborated, ${conflicting} with conflicts`,
  );
  if (c.capped)
    lines.push(
      `a long article: the first ${c.capped.statements} statements, in about the first ${c.capped.words} of ${c.capped.totalWords} words`,
    );
  return lines.join('\n');
}

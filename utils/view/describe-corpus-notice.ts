import type { CorpusNotice } from '../shared/storage';

/** The notice about the reader's sources, in one paragraph (see `CorpusNotice`). */
export function describeCorpusNotice({ kind, lost, kept, reason }: CorpusNotice): string {
  const because = reason ? ` (${reason})` : '';
  const bringBack = 'If you exported your sources, import the export to bring them back.';
  if (kind === 'unavailable') {
    return `Your sources could not be read${because}, so Crosscheck compares with the shipped corpus only for now. They have not been deleted: it tries again the next time it starts.`;
  }
  if (kind === 'removed') {
    const gone = lost ?? 0;
    const whose =
      kept === 0 ? `Your ${gone === 1 ? 'only source' : `${gone} sources`}` : `${gone} of your ${gone + kept} sources`;
    const rest =
      kept === 0
        ? 'the shipped corpus is intact'
        : `the shipped corpus and your other ${sources(kept)} ${kept === 1 ? 'is' : 'are'} intact`;
    return `${whose} could not be read and ${gone === 1 ? 'was' : 'were'} removed; ${rest}. ${bringBack}`;
  }
  const opened = `The database of your sources could not be opened${because}, so Crosscheck rebuilt it`;
  if (lost === null) return `${opened}; nothing could be read from it. The shipped corpus is intact. ${bringBack}`;
  if (lost === 0) {
    if (kept === 0) return `${opened}; it held none of your sources. The shipped corpus is intact.`;
    return `${opened}: ${kept === 1 ? 'your source was' : `all ${kept} of your sources were`} recovered. The shipped corpus is intact.`;
  }
  const outcome =
    kept === 0
      ? lost === 1
        ? 'your only source could not be read'
        : `none of your ${lost} sources could be read`
      : `${kept} of your ${kept + lost} sources ${kept === 1 ? 'was' : 'were'} recovered; ${lost} could not be read`;
  return `${opened}: ${outcome}. The shipped corpus is intact. ${bringBack}`;
}

function sources(n: number): string {
  return n === 1 ? 'source' : `${n} sources`;
}

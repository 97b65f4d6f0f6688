// npm run --silent eval:stories [-- STORY_DIR... ] [--sweep] [--groups] [--distractors]: groups the articles of the
// given story folders (default: every folder of ../shared/stories) and the shipped seed corpus as one
// reader's memory (corpus sources and pages alike, pages read as the extension reads them) and
// prints `purity P, ARI A, G groups for S stories`. A page of another event or an unrelated page in a
// story's folder is a story of its own (node/story-memory.ts). --groups prints each group;
// --sweep prints the figures over a range of link thresholds (how STORY_LINK_MIN was chosen).
import {
  buildStoryMemory,
  readSeedArticles,
  readStoryArticles,
  sharedStoryDirs,
  type LabelledArticle,
} from '../node/story-memory';
import { groupStories, STORY_LINK_MIN } from '../lib/stories/group-stories';
import { scoreGrouping } from '../lib/stories/score-grouping';
import { readDocument, realPageFiles } from '../node/real-pages';
import { readPage } from '../lib/extract/read-page';
import { sourceFromArticle } from '../lib/corpus/source-from-article';

const args = process.argv.slice(2);
const dirs = args.filter((a) => !a.startsWith('--'));
const seeds = readSeedArticles();
const stories: LabelledArticle[] = (dirs.length ? dirs : sharedStoryDirs()).flatMap(readStoryArticles);
// --distractors: the 25 real news pages of ../shared/readability-pages join the memory, each a story
// of its own (none is about these stories): a check that unrelated reading joins no story.
if (args.includes('--distractors'))
  for (const { name, file } of realPageFiles()) {
    const article = readPage(readDocument(file), `https://example.org/${name}`).article;
    if (!article) continue;
    const { meta, paragraphs } = sourceFromArticle(article, '2024-01-01');
    stories.push({
      meta: { ...meta, id: `page/${name}` },
      paragraphs,
      label: `page/${name}`,
      origin: `readability-pages/${name}`,
    });
  }
const corpus = buildStoryMemory(stories);
const all = [...seeds, ...stories];
const labelOf = new Map(all.map((a) => [a.meta.id, a.label]));
const originOf = new Map(all.map((a) => [a.meta.id, a.origin]));

function run(linkMin: number, rivals = true) {
  const groups = groupStories(corpus, { linkMin, rivals });
  return { groups, ...scoreGrouping(groups.map((g) => g.articles.map((a) => labelOf.get(a.sourceId)!))) };
}

if (args.includes('--sweep')) {
  for (const rivals of [true, false]) {
    const line = [0.04, 0.06, 0.08, 0.1, 0.12, 0.13, 0.14, 0.16, 0.18, 0.2, 0.22, 0.25, 0.3].map((t) => {
      const r = run(t, rivals);
      return `${t}: ${r.purity.toFixed(3)}/${r.ari.toFixed(3)}/${r.groups.length}`;
    });
    console.log(`${rivals ? 'with' : 'without'} splitRivals (threshold: purity/ARI/groups)\n  ${line.join('\n  ')}`);
  }
}
const result = run(STORY_LINK_MIN);
if (args.includes('--groups'))
  for (const g of result.groups)
    console.log(`- ${g.title}\n    ${g.articles.map((a) => originOf.get(a.sourceId)).join('\n    ')}`);
console.log(
  `purity ${result.purity.toFixed(3)}, ARI ${result.ari.toFixed(3)}, ${result.groups.length} groups for ${result.stories} stories (${all.length} articles)`,
);

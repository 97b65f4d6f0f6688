// npx tsx scripts/print-figures.ts [STORY_DIR...] [--all]: groups the given story folders (default:
// every folder of ../shared/stories) with the seed corpus as one memory, as `npm run eval:stories`
// does, and prints each story of three articles or more with its figures table: a line per row
// ("*" when revised), each value with its outlet and date, ↑/↓ where it changed and "!" where
// another article of the same day differs. --all prints the rows of a single value too.
import { buildStoryMemory, readStoryArticles, sharedStoryDirs } from '../node/story-memory';
import { groupStories } from '../lib/stories/group-stories';
import { buildFiguresTable } from '../lib/stories/build-figures-table';

const args = process.argv.slice(2);
const dirs = args.filter((a) => !a.startsWith('--'));
const corpus = buildStoryMemory((dirs.length ? dirs : sharedStoryDirs()).flatMap(readStoryArticles));
const started = performance.now();
const stories = groupStories(corpus);
const grouped = performance.now();
let rows = 0;
for (const story of stories) {
  if (story.articles.length < 3) continue;
  const table = buildFiguresTable(story, corpus);
  rows += table.length;
  console.log(`== ${story.title} (${story.articles.length} articles, ${story.outlets} outlets, ${table.length} rows)`);
  for (const row of table) {
    if (row.values.length < 2 && !args.includes('--all')) continue;
    const values = row.values.map((v) => {
      const mark = v.change === 'up' ? ' ↑' : v.change === 'down' ? ' ↓' : '';
      return `${v.text} (${v.outlet}, ${v.published}${mark}${v.disagreesSameDay ? ' !' : ''})`;
    });
    console.log(
      `${row.revised ? '*' : ' '} ${row.label} [${row.dimension}${row.unit ? ` ${row.unit}` : ''}]: ${values.join(' → ')}`,
    );
  }
}
console.log(
  `${stories.length} stories of ${corpus.sources.size} articles: grouped in ${(grouped - started).toFixed(0)} ms, ${rows} figure rows in ${(performance.now() - grouped).toFixed(0)} ms`,
);

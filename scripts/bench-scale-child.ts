// The scale child of `npm run bench`: one corpus size in a process of its own, so its peak memory is
// that size's alone. bench.ts bundles it (our code only; packages stay external) and runs it under
// plain Node: the TypeScript loader would add ~45 MB to the resident memory measured.
import { measureScale } from './bench-scale';

console.log(JSON.stringify(await measureScale(Number(process.argv[2]))));

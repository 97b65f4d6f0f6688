// Node-only: pages too big to commit, generated on demand (deterministic for a seed) for the
// hostile-page bench and end-to-end test: a very long article and pages of about 20 MB.
import { createRandom } from '../lib/stance/create-random';

/** Sentences on the corpus's subject, so that a long article matches a lot (the engine's worst case). */
const ON_TOPIC = [
  'A decree signed on January {day} allows foreigners to join the Russian army.',
  'Applicants aged {n} to {m} may sign {years}-year contracts with the armed forces.',
  'The monthly salary for a contract soldier is {money} rubles.',
  'Foreign servicemen will not be allowed to take part in armed conflicts.',
  'Officials in {city} said about {count} foreigners had applied by {month}.',
  'Recruiting offices in {count} regions said they had not yet received instructions about the paperwork.',
  'The defence ministry has not published figures on how many foreigners it expects to recruit.',
  'Applicants must speak Russian and pass a medical examination before a contract is signed.',
  'Critics argue that the rule will be hard to enforce in practice, because units are often moved at short notice.',
  'The {city} government said the new rules apply to citizens of any country.',
];
/** Sentences on other subjects, so that most of the article matches nothing. */
const OFF_TOPIC = [
  'The city council approved a budget of {money} dollars for road repairs on {month} {day}.',
  'Researchers in {city} reported that {count} patients took part in the trial.',
  'The museum will reopen in {month} after a renovation that lasted {years} years.',
  'Farmers said the harvest was {n} percent smaller than last year because of the drought.',
  'The company announced that it would hire {count} workers at its new plant near {city}.',
];
const CITIES = ['Moscow', 'Dushanbe', 'Yerevan', 'Bishkek', 'Tashkent', 'Minsk', 'Astana', 'Kyiv'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function fill(template: string, random: () => number): string {
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
  return template
    .replace('{day}', String(int(1, 28)))
    .replace('{n}', String(int(16, 30)))
    .replace('{m}', String(int(35, 60)))
    .replace('{years}', String(int(2, 10)))
    .replace('{money}', int(10, 90).toLocaleString('en') + ',000')
    .replace('{count}', String(int(2, 900)))
    .replace('{city}', pick(CITIES))
    .replace('{month}', pick(MONTHS));
}

/** An article of about `words` words (a fifth of its sentences on the corpus's subject), as HTML. */
export function createLongArticleHtml(words: number, seed = 1): string {
  const random = createRandom(seed);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences: string[] = [];
    for (let i = 0; i < 4; i++) {
      const pool = random() < 0.2 ? ON_TOPIC : OFF_TOPIC;
      const sentence = fill(pool[Math.floor(random() * pool.length)]!, random);
      sentences.push(sentence);
      count += sentence.split(' ').length;
    }
    paragraphs.push(`<p>${sentences.join(' ')}</p>`);
  }
  return page('A very long report on foreign volunteers in the Russian army', paragraphs.join('\n'));
}

/**
 * A page of about `bytes` bytes made of many small elements, like a huge forum thread or
 * product list: each entry a few nested elements around a short text.
 */
export function createHugeMarkupPageHtml(bytes: number): string {
  const entries: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const entry = `<div class="entry" id="e${i}"><span class="who"><a href="/u/${i % 997}">user ${i % 997}</a></span><p>Reply number ${i} in the thread.</p></div>`;
    entries.push(entry);
    size += entry.length + 1;
  }
  return page('A thread with very many replies', entries.join('\n'));
}

/** A page of about `bytes` bytes of text in a few elements, like a log or a data dump shown as HTML. */
export function createHugeTextPageHtml(bytes: number): string {
  const line = 'The recorded value at this point of the log was unchanged from the previous reading of the sensor. ';
  const block = line.repeat(Math.ceil(100_000 / line.length));
  const blocks = Array.from({ length: Math.ceil(bytes / block.length) }, () => `<p>${block}</p>`);
  return page('A very large text file', blocks.join('\n'));
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="article:published_time" content="2015-01-09"></head>
<body><main><article><h1>${title}</h1>
${body}
</article></main></body></html>
`;
}

/** A one-page PDF with one line of text (what a browser shows in its PDF viewer). */
export function createPdf(line: string): Buffer {
  const text = `BT /F1 18 Tf 72 720 Td (${line.replace(/[()\\]/g, '\\$&')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = pdf.length;
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

// Builds long synthetic minutes (about 100 pages) for the scale test and the bench, with the number
// of items and resolutions known, page furniture every page, and a few pathological lines.

export interface Corpus {
  text: string;
  pages: number;
  items: number;
  resolutions: number;
}

const TOPICS = ['Housing Repairs', 'Library Services', 'Adult Social Care Charging', 'Highways Maintenance', 'Youth Services', 'Waste and Recycling', 'Budget Monitoring', 'Children in Care', 'Air Quality', 'Leisure Centres'];
const DISCUSSION =
  'The Director presented the report and answered questions from members about performance, staffing, the budget and the views of residents, and it was noted that further work was planned with partners over the coming year to improve outcomes for the people who use the service.';
const LINES_PER_PAGE = 46;

/** Minutes of `pages` pages: each item has discussion, numbered points and a labelled block of resolutions. */
export function buildCorpus(pages = 100): Corpus {
  const body: string[] = ['Minutes of the meeting of the Overview and Scrutiny Committee held at the Town Hall on Tuesday 4 March 2025 at 6.00 pm', ''];
  let items = 0;
  let resolutions = 0;
  const pageLines = (): number => body.length;
  for (let n = 101; pageLines() < pages * LINES_PER_PAGE; n++) {
    items++;
    const topic = TOPICS[n % TOPICS.length]!;
    body.push(`${n}. ${topic.toUpperCase()} REVIEW ${n}`, '');
    for (let p = 0; p < 3; p++) body.push(DISCUSSION, '');
    body.push('Members raised the following points:', '');
    for (let p = 1; p <= 4; p++) body.push(`${p}. Members asked about the ${topic.toLowerCase()} performance figures for quarter ${p}.`);
    body.push('');
    const style = n % 3;
    if (style === 0) {
      body.push('RESOLVED: That it be recommended to the Cabinet that:', '');
      for (const [k, l] of ['i', 'ii', 'iii'].entries()) body.push(`(${l}) the ${topic.toLowerCase()} action plan be revised to include target ${k + 1};`);
      resolutions += 3;
    } else if (style === 1) {
      body.push('Recommendations:', '');
      for (let k = 1; k <= 4; k++) body.push(`- ${k}. For the executive to fund improvement ${k} to ${topic.toLowerCase()} in the next budget.**`);
      resolutions += 4;
    } else {
      body.push('Resolved that:', '', `a) a briefing note on ${topic.toLowerCase()} be circulated to members;`, 'b) the report be noted.');
      resolutions += 2;
    }
    body.push('');
  }
  body.push('The meeting ended at 9.30 pm', '', 'Chair');
  // Page furniture: a header and a "Page n of N" footer every LINES_PER_PAGE lines.
  const out: string[] = [];
  const total = Math.ceil(body.length / LINES_PER_PAGE);
  for (let i = 0; i < body.length; i++) {
    if (i > 0 && i % LINES_PER_PAGE === 0) out.push('', `Page ${i / LINES_PER_PAGE} of ${total}`, '\f', 'Overview and Scrutiny Committee – 4 March 2025', '');
    out.push(body[i]!);
  }
  return { text: out.join('\n'), pages: total, items, resolutions };
}

/** Lines built to trip a backtracking regex: long runs of near-markers, labels, spaces and capitals. */
export function pathologicalText(): string {
  return [
    'Minutes of the meeting of the Committee held on 1 May 2025',
    `1. ${'A '.repeat(5000)}`,
    'the committee '.repeat(3000) + 'resolved',
    `${'(a) '.repeat(4000)}`,
    `${'R E S O L V E '.repeat(2000)}`,
    `${'word-'.repeat(4000)}`,
    `Resolved: That ${'x'.repeat(50000)}`,
    `${'1 '.repeat(8000)}`,
  ].join('\n\n');
}

// No row too tall to fit on a page is marked can't-split (Word would clip it): the example's 5,852-character response (21 January 2025, rec. 3) in every format.
import { describe, expect, it } from 'vitest';
import appendixJson from '../../fixtures/herefordshire-cypsc-appendix-2023-2025.json';
import {
  APPENDIX_FORMAT,
  buildAppendixDocx,
  buildFormatDocx,
  buildResponsesDocx,
  buildScheduleDocx,
  readInterchange,
  type ExportFormat,
  type Tracker,
} from '../../../shared/index';
import { openDocx, tables, type ParsedRow } from './docxXml';

function withLongResponse(): { tracker: Tracker; long: string } {
  const tracker = readInterchange(appendixJson);
  const rec = tracker.recommendations.find((r) => r.responseText.length > 5000)!;
  expect(rec.responseText).toHaveLength(5852);
  // The schedule prints the action, not the response: give it the same words so every format holds them.
  rec.action = rec.responseText;
  return { tracker, long: rec.responseText };
}

const york: ExportFormat = {
  ...APPENDIX_FORMAT,
  name: 'York-like',
  grouping: 'rows',
  columns: [
    { field: 'label', heading: 'Ref', width: 6 },
    { field: 'meeting', heading: 'Date', width: 12 },
    { field: 'text', heading: 'Recommendation', width: 34 },
    { field: 'leadOfficer', heading: 'Lead officer / Executive member', width: 16 },
    { field: 'response', heading: 'Action taken', width: 32 },
  ],
};

async function bodyRows(bytes: Uint8Array): Promise<ParsedRow[]> {
  return tables((await openDocx(bytes)).document).flatMap((t) => t.rows.filter((r) => !r.header));
}

describe('rows that cannot fit on a page may break across pages', () => {
  const { tracker, long } = withLongResponse();
  // A phrase from the middle of the long response: whatever cell holds it, its row must not be can't-split.
  const phrase = long.slice(2000, 2040);
  const cases: Array<[string, () => Promise<Uint8Array>]> = [
    ['appendix', () => buildAppendixDocx(tracker)],
    ['appendix portrait', () => buildAppendixDocx(tracker, { orientation: 'portrait' })],
    ['schedule', () => buildScheduleDocx(tracker)],
    ['responses', () => buildResponsesDocx(tracker)],
    ['custom one-table', () => buildFormatDocx(tracker, york)],
    ['custom merged', () => buildFormatDocx(tracker, { ...york, grouping: 'merged' })],
    ['custom by item', () => buildFormatDocx(tracker, { ...york, grouping: 'items' })],
  ];
  for (const [name, build] of cases) {
    it(`in the ${name} format`, async () => {
      const rows = await bodyRows(await build());
      const tall = rows.filter((r) => r.xml.includes(phrase.slice(0, 30)));
      expect(tall.length, name).toBeGreaterThanOrEqual(1);
      expect(tall.every((r) => !r.cantSplit), name).toBe(true);
      // Short rows stay whole, so a two-line recommendation never splits over a page.
      const short = rows.filter((r) => r.cells.reduce((n, c) => n + c.text.length, 0) < 300 && !r.cells.some((c) => c.span > 1));
      expect(short.length, name).toBeGreaterThan(0);
      expect(short.every((r) => r.cantSplit), name).toBe(true);
    });
  }
});

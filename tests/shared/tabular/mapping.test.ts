// guessColumnMapping: the headings councils use, and a look at the values where the heading misleads.
import { describe, expect, it } from 'vitest';
import { findHeaderRow, guessColumnMapping } from '../../../shared/tabular/index';

describe('guessColumnMapping', () => {
  it.each([
    ['Meeting', 'meetingDate'],
    ['Date', 'meetingDate'],
    ['Date of meeting', 'meetingDate'],
    ['Committee', 'committee'],
    ['Item', 'itemTitle'],
    ['Agenda item', 'itemTitle'],
    ['Item no.', 'itemNumber'],
    ['Minute number', 'itemNumber'],
    ['Rec.', 'label'],
    ['Ref', 'label'],
    ['Recommendation(s)', 'text'],
    ['Recommendations', 'text'],
    ['Executive response', 'responseText'],
    ['Response', 'responseText'],
    ['Executive responses / update', 'responseText'],
    ['Accepted/Rejected', 'responseOutcome'],
    ['Outcome', 'responseOutcome'],
    ['Decision', 'responseOutcome'],
    ['Status', 'status'],
    ['Progress', 'status'],
    ['Action', 'action'],
    ['Action taken in response', 'action'],
    ['Lead officer', 'leadOfficer'],
    ['Directorate', 'directorate'],
    ['Portfolio', 'directorate'],
    ['Target date', 'targetDate'],
    ['Response date', 'responseDate'],
    ['Addressed to', 'addressee'],
    ['RAG', 'rag'],
    ['Notes', 'notes'],
    ['Comments', 'notes'],
    ['Spreadsheet ID', 'ignore'],
    ['', 'ignore'],
  ])('maps "%s" to %s', (header, field) => {
    expect(guessColumnMapping([header])).toEqual([field]);
  });

  it('maps the headings of the issue in order', () => {
    expect(guessColumnMapping(['Meeting', 'Date', 'Item', 'Recommendation', 'Executive response', 'Accepted/Rejected', 'Status'])).toEqual([
      'meetingDate',
      'notes',
      'itemTitle',
      'text',
      'responseText',
      'responseOutcome',
      'status',
    ]);
  });

  it('moves a column whose values do not fit its heading', () => {
    const headers = ['Meeting', 'Recommendation', 'Progress', 'Decision'];
    const samples = [
      ['Cabinet', 'Review the plan', 'Report due in March', 'The executive agreed to review it'],
      ['Cabinet', 'Fund the scheme', 'Completed', 'Declined: no budget'],
      ['Cabinet', 'Write to the MP', 'Letter drafted', 'Accepted'],
    ];
    expect(guessColumnMapping(headers, samples)).toEqual(['committee', 'text', 'action', 'responseText']);
    expect(guessColumnMapping(['Status'], [['Completed'], ['Ongoing'], ['']])).toEqual(['status']);
  });
});

describe('findHeaderRow', () => {
  it('skips a title and blank rows above the headings', () => {
    expect(findHeaderRow([['Recommendation tracker 2023/24', ''], ['', ''], ['Date', 'Recommendation'], ['1/2/2024', 'Do it']])).toBe(2);
    expect(findHeaderRow([['', ''], ['Date', 'Words'], ['1/2/2024', 'Do it']])).toBe(1);
    expect(findHeaderRow([['', '']])).toBe(-1);
    expect(findHeaderRow([])).toBe(-1);
  });
});

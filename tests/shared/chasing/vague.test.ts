// Vague acceptances: "Noted" and "Resolved" are flagged, answers naming an action, owner or date are not — on the Herefordshire example too.
import { describe, expect, it } from 'vitest';
import { isVagueResponse, responseSpecifics } from '../../../shared/index';
import { herefordshire, rec } from './fixtures';

const accepted = (responseText: string, extra = {}) => isVagueResponse(rec({ responseOutcome: 'Accepted', responseText, ...extra }));

describe('isVagueResponse', () => {
  it('flags a bare acknowledgement or a short answer with nothing concrete', () => {
    expect(accepted('Noted')).toBe(true);
    expect(accepted('Resolved.')).toBe(true);
    expect(accepted('Agreed')).toBe(true);
    expect(accepted('')).toBe(true);
    expect(accepted('The council will look at this.')).toBe(true);
    expect(isVagueResponse(rec({ responseOutcome: 'Partially accepted', responseText: 'Accepted in principle.' }))).toBe(true);
  });
  it('does not flag an answer naming a date, an owner or a link', () => {
    expect(accepted('Agreed, by the end of March.')).toBe(false);
    expect(accepted('Agreed for Q3.')).toBe(false);
    expect(accepted('Will be in the business plan 25/26.')).toBe(false);
    expect(accepted('Agreed, within six weeks.')).toBe(false);
    expect(accepted('Agreed; in May 2027.')).toBe(false);
    expect(accepted('The director of adults will do this.')).toBe(false);
    expect(accepted('The commissioning team will do this.')).toBe(false);
    expect(accepted('See https://www.example.gov.uk/plan')).toBe(false);
  });
  it('reads the action and the target date too', () => {
    expect(accepted('Agreed', { action: 'Commissioning manager to retender the contract' })).toBe(false);
    expect(accepted('Agreed', { targetDate: '2027-03-31' })).toBe(false);
  });
  it('does not take "may" the verb for the month', () => {
    expect(responseSpecifics('Officers may consider it').namesDate).toBe(false);
    expect(responseSpecifics('We may consider it').namesDate).toBe(false);
    expect(responseSpecifics('by May').namesDate).toBe(true);
  });
  it('takes a long answer as describing what will be done', () => {
    expect(accepted('Meetings with the Diocese of Hereford have already taken place and further meetings are planned with faith groups.')).toBe(false);
  });
  it('judges only acceptances', () => {
    for (const outcome of ['Rejected', 'Noted', 'Unclear', 'No response received', ''] as const) {
      expect(isVagueResponse(rec({ responseOutcome: outcome, responseText: 'Noted' })), outcome).toBe(false);
    }
  });
});

describe('isVagueResponse on the Herefordshire appendix', () => {
  it('flags the 11 acceptances that say only "Noted", "Resolved", "Accepted" or too little', () => {
    const recs = herefordshire().recommendations;
    expect(recs).toHaveLength(49);
    const vague = recs.map((r, i) => ({ n: i + 1, r })).filter(({ r }) => isVagueResponse(r));
    // Counted by hand from the JSON, in document order (1-based):
    // 1 "Noted"; 3, 4, 5 "Resolved"; 6 "No response received" (printed as the response to an acceptance);
    // 11, 12 "Noted"; 13 "The committee has yet to undertake this work."; 27, 28, 31 "Accepted".
    expect(vague.map((v) => v.n)).toEqual([1, 3, 4, 5, 6, 11, 12, 13, 27, 28, 31]);
    expect(vague.map((v) => v.r.responseText)).toEqual([
      'Noted',
      'Resolved',
      'Resolved',
      'Resolved',
      'No response received',
      'Noted',
      'Noted',
      'The committee has yet to undertake this work.',
      'Accepted',
      'Accepted',
      'Accepted',
    ]);
  });
  it('passes the specific ones: a date, a financial year, a month, a link', () => {
    const byText = (start: string) => herefordshire().recommendations.find((r) => r.responseText.startsWith(start))!;
    for (const start of [
      'Cabinet acknowledged recommendation - 25 January 2024',
      'Noted and will be incorporated into business plan 25/26',
      'Further data and analysis of complaints',
      'https://www.herefordshire.gov.uk',
      'Action. Resolved - added to list',
      'Herefordshire Council will develop a Corporate Parenting Board executive summary',
    ]) {
      expect(isVagueResponse(byText(start)), start).toBe(false);
    }
  });
});

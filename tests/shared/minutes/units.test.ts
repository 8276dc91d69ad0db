// The parser's parts on small texts: clean-up, labels, markers, dates, headings and classification.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';
import { cleanText, toLines } from '../../../shared/minutes/normalise';
import { readLabel } from '../../../shared/minutes/labels';
import { detectMarker } from '../../../shared/minutes/markers';
import { findDates } from '../../../shared/minutes/dates';

function only(text: string) {
  return parseMinutes(text).items.flatMap((i) => i.resolutions.map((r) => ({ item: i.number, ...r })));
}

describe('clean-up', () => {
  it('folds letter-spaced capitals, bold markers, ligatures, entities and odd spaces', () => {
    const lines = toLines(cleanText('R E S O L V E D : That the **ﬁnal** report&nbsp;be\u00a0noted &amp; filed.'));
    expect(lines.map((l) => l.text)).toEqual(['RESOLVED : That the final report be noted & filed.']);
  });

  it('removes page headers, footers and page numbers, and joins the paragraph they interrupted', () => {
    const page = (n: number) => `\nPage ${n} of 3\n\nScrutiny Committee – 1 May 2024\n\n`;
    const text = `Scrutiny Committee – 1 May 2024\n\nMinutes of the meeting of the Scrutiny Committee held on 1 May 2024\n\n5. LIBRARIES REVIEW\n\nRESOLVED: That the Cabinet be recom-\n${page(1)}mended to keep all branch libraries open until the review is complete.\n${page(2)}6. WORK PROGRAMME\n\nRESOLVED: That the work programme be agreed.\n${page(3)}`;
    const parsed = parseMinutes(text);
    expect(parsed.items.map((i) => i.title)).toEqual(['LIBRARIES REVIEW', 'WORK PROGRAMME']);
    expect(parsed.items[0]?.resolutions[0]?.text).toBe('That the Cabinet be recommended to keep all branch libraries open until the review is complete.');
    expect(parsed.items[0]?.resolutions[0]?.addressee).toBe('executive');
  });

  it('marks rows of tab-separated tables so they are never read as resolutions', () => {
    const lines = toLines(cleanText('No.\tQuestioner\tQuestion\n1\tMr A\tWas it resolved that the park be sold?'));
    expect(lines.every((l) => l.table)).toBe(true);
  });
});

describe('labels', () => {
  it.each([
    ['(a) the report', 'a', 'alpha'],
    ['a) the report', 'a', 'alpha'],
    ['a. the report', 'a', 'alpha'],
    ['1. That', '1', 'num'],
    ['1) That', '1', 'num'],
    ['(1) That', '1', 'num'],
    ['(ii) publish', 'ii', 'roman'],
    ['iv) publish', 'iv', 'roman'],
    ['Recommendation 3: That', '3', 'rec'],
    ['R2. That', '2', 'rec'],
  ])('reads %s as %s', (text, value, kind) => {
    const read = readLabel(text);
    expect(read?.label.value).toBe(value);
    expect(read?.label.kind).toBe(kind);
  });

  it('does not read an ordinary word or a decimal as a label', () => {
    expect(readLabel('The committee')).toBeNull();
    expect(readLabel('3.8 If there are disagreements')).toBeNull();
    expect(readLabel('to. Members')).toBeNull();
  });
});

describe('markers', () => {
  it.each([
    ['Resolved: That the report be noted.', 'That the report be noted.'],
    ['RESOLVED – That the report be noted.', 'That the report be noted.'],
    ['It was resolved that:', ''],
    ['Recommendations were proposed and seconded and it was unanimously resolved that:', ''],
    ['The Committee RESOLVED to recommend to the Cabinet that:', 'to recommend to the Cabinet that:'],
    ['ESOLVED: That the report be noted.', 'That the report be noted.'],
    ['RESOLV ED: That the report be noted.', 'That the report be noted.'],
    ['Recommendations:', ''],
    // ("to:" alone after the marker is a lead-in: nothing decided yet, so no words.)
    ['The Committee agreed to:', ''],
    ['Action: Officers to circulate the note.', 'Officers to circulate the note.'],
  ])('finds a strong marker in %s', (text, rest) => {
    const m = detectMarker(text);
    expect(m?.strong).toBe(true);
    expect(m?.rest).toBe(rest);
  });

  it('reads narrative "agreed that" as weak and ordinary sentences as no marker', () => {
    expect(detectMarker('The Committee agreed that the Chair would write to the Minister.')?.strong).toBe(false);
    expect(detectMarker('The vast majority of these can usually be resolved when managers agree.')).toBeNull();
    expect(detectMarker('The committee unanimously agreed the terms of reference.')).toBeNull();
    expect(detectMarker('Resolve the outstanding issues with the contractor.')).toBeNull();
    expect(detectMarker('Reserved matters application for 40 homes')).toBeNull();
  });
});

describe('dates', () => {
  it.each([
    ['on Tuesday 22 July 2025 at 2.00 pm', '2025-07-22'],
    ['Wednesday, 6th March, 2024', '2024-03-06'],
    ['March 6, 2024', '2024-03-06'],
    ['held on 22/07/2025', '2025-07-22'],
    ['22.07.25', '2025-07-22'],
    ['1st Sept 2021', '2021-09-01'],
  ])('reads %s', (text, iso) => {
    expect(findDates(text)[0]?.iso).toBe(iso);
  });

  it('refuses a date that is not in the calendar', () => {
    expect(findDates('31 February 2024')).toEqual([]);
  });
});

describe('headings', () => {
  it('reads "Item 5: Title", "12 TITLE PDF 107 KB" and a number on its own line', () => {
    const parsed = parseMinutes('Item 5: Budget Monitoring\n\nText.\n\n12 HOUSING REPAIRS  PDF 107 KB\n\nText.\n\n13\n\nLibraries Strategy\n\nText.');
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['5', 'Budget Monitoring'],
      ['12', 'HOUSING REPAIRS'],
      ['13', 'Libraries Strategy'],
    ]);
  });

  it('reads headings in capitals when the minutes number none of their items', () => {
    const parsed = parseMinutes('MINUTES\n\nCABINET SCRUTINY PANEL\n\nDate: 4 March 2025\n\nPRESENT:\nCouncillor A (Chair)\n\nLIBRARY SERVICES REVIEW\n\nRESOLVED: That the Cabinet be recommended to keep all libraries open.\n\nWORK PROGRAMME\n\nRESOLVED: That the work programme be agreed.');
    expect(parsed.committee).toBe('Cabinet Scrutiny Panel');
    expect(parsed.items.map((i) => [i.number, i.title, i.resolutions.length])).toEqual([
      [null, 'LIBRARY SERVICES REVIEW', 1],
      [null, 'WORK PROGRAMME', 1],
    ]);
  });

  it('keeps numbered discussion points inside their item', () => {
    const parsed = parseMinutes('1. APOLOGIES\n\nNone.\n\n2. BUDGET\n\nPoints raised:\n\n3. Members asked whether the savings were achievable.\n4. A member asked about reserves.\n\n3. WORK PROGRAMME\n\nResolved: That the work programme be agreed.');
    expect(parsed.items.map((i) => i.number)).toEqual(['1', '2', '3']);
  });
});

describe('resolution blocks', () => {
  it('splits "(a) …; and (b) …" printed on one line', () => {
    const r = only('RESOLVED: That (a) the report be noted; and (b) officers circulate the action plan to all members.');
    expect(r.map((x) => [x.label, x.text, x.kind])).toEqual([
      ['a', 'The report be noted.', 'procedural'],
      ['b', 'Officers circulate the action plan to all members.', 'action'],
    ]);
  });

  it('keeps (i) after (h) in an alphabetical list, and roman sub-points under their item', () => {
    const letters = 'abcdefgh'.split('').map((c) => `${c}) The Cabinet be asked to review policy ${c.toUpperCase()}.`).join('\n');
    const r = only(`Resolved:\n\n${letters}\ni) The Cabinet be asked to review policy I.\nj) The Cabinet be recommended to:\n(i) act; and\n(ii) report.`);
    expect(r.map((x) => x.label)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
    expect(r[9]?.text).toBe('The Cabinet be recommended to:\n(i) act; and\n(ii) report.');
  });

  it('ends a block at the narrative that follows it', () => {
    const r = only('5. ITEM\n\nResolved:\n\n(a) The Cabinet be recommended to act.\n\nThe Cabinet Member left the meeting at 4.30 pm.\n\n(b) Not a resolution.');
    expect(r.map((x) => x.text)).toEqual(['The Cabinet be recommended to act.']);
  });

  it('reads on past a bare page number, and drops how the vote went', () => {
    const r = only('5. BUS SERVICES\n\nRESOLVED (by 5 votes to 2):\n\n(a) That the Cabinet be asked\n\n12\n\nto consider reinstating route 7.\n\n(b) That officers report back.');
    expect(r.map((x) => [x.label, x.text])).toEqual([
      ['a', 'That the Cabinet be asked to consider reinstating route 7.'],
      ['b', 'That officers report back.'],
    ]);
  });

  it('takes unlabelled lines under "Recommendations:" as one resolution each', () => {
    const r = only('6. LIBRARIES\n\nRecommendations:\nThe executive to ensure libraries stay open\nFull Council to debate the library charter');
    expect(r.map((x) => [x.text, x.addressee])).toEqual([
      ['The executive to ensure libraries stay open', 'executive'],
      ['Full Council to debate the library charter', 'council'],
    ]);
  });

  it('skips an "Action:" line that only names who acts', () => {
    const r = only('The Committee agreed to:\n\na) request a briefing on waiting times.\n\nAction: Scrutiny Officer');
    expect(r.map((x) => x.text)).toEqual(['Request a briefing on waiting times.']);
  });

  it('keeps narrative "agreed that" only where an item has no formal resolution', () => {
    const r = only('1. ONE\n\nIt was agreed that the Chair would write to the Minister.\n\nRESOLVED: That the Cabinet be recommended to act.\n\n2. TWO\n\nIt was agreed that the Chair would write to the Minister.');
    expect(r.map((x) => [x.item, x.text])).toEqual([
      ['1', 'That the Cabinet be recommended to act.'],
      ['2', 'It was agreed that the Chair would write to the Minister.'],
    ]);
  });
});

describe('forms met in other councils', () => {
  it('reads the Scottish "Minute of Meeting of" opening and "agreed:-" lists', () => {
    const parsed = parseMinutes('Minute of Meeting of the Audit and Scrutiny Committee held on Tuesday 4 February 2025.\n\n3. Audit Report.\n\nThe Committee agreed:-\n\n(1) to note the report; and\n\n(2) to recommend to Cabinet that actions are reported quarterly.');
    expect(parsed.committee).toBe('Audit and Scrutiny Committee');
    expect(parsed.items[0]?.resolutions.map((r) => [r.label, r.kind])).toEqual([['1', 'procedural'], ['2', 'recommendation']]);
  });

  it('follows prefixed minute numbers by the part that changes ("OSC 41/25", "OSC/24/31")', () => {
    const parsed = parseMinutes('OSC 40/25 Apologies\n\nNone.\n\nOSC 41/25 Minutes\n\nNone.\n\nOSC/24/31 Budget\n\nNone.\n\nOSC/24/32 Work Programme\n\nNone.');
    expect(parsed.items.map((i) => i.number)).toEqual(['OSC 40/25', 'OSC 41/25', 'OSC/24/31', 'OSC/24/32']);
  });

  it('splits "i. That …. ii. That …" printed on the marker’s line', () => {
    const r = only('RESOLVED: i. That the update be noted. ii. That it be recommended to the Mayor that a plan is published.');
    expect(r.map((x) => [x.label, x.text, x.addressee])).toEqual([
      ['i', 'That the update be noted.', null],
      ['ii', 'That it be recommended to the Mayor that a plan is published.', 'executive'],
    ]);
  });

  it('reads "DECIDED:", paragraph-numbered minutes and "Recommendations to Cabinet:" lists', () => {
    const parsed = parseMinutes('Audit Committee – Minutes – 3 March 2024\n\n45. AUDIT\n\n45.1 The report was presented.\n\n45.2 Resolved: That the Chief Executive be asked to report on overdue actions.\n\n46. RISK\n\nDECIDED: That the risk register be noted.\n\n47. INQUIRY\n\nRecommendations to Cabinet:\n- That the welfare rights service be expanded.');
    expect(parsed.committee).toBe('Audit Committee');
    expect(parsed.items.map((i) => i.resolutions.map((r) => [r.text, r.kind, r.addressee]))).toEqual([
      [['That the Chief Executive be asked to report on overdue actions.', 'action', 'officers']],
      [['That the risk register be noted.', 'procedural', null]],
      [['That the welfare rights service be expanded.', 'recommendation', 'executive']],
    ]);
  });

  it('skips a date on its own line and reads starred item numbers ("* 112 Minutes")', () => {
    const parsed = parseMinutes('SCRUTINY COMMITTEE\n\n19/11/24\n\nPresent:-\n\nCouncillor A\n\n* 112 Minutes\n\nRESOLVED that the minutes be signed as a correct record.');
    expect(parsed.meetingDate).toBe('2024-11-19');
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([['112', 'Minutes']]);
  });
});

describe('classification', () => {
  it.each([
    ['Resolved: That the minutes of the meeting held on 1 May 2024 be approved as a correct record.', 'procedural', null],
    ['Resolved: That apologies be noted.', 'procedural', null],
    ['Resolved: That the item be deferred to the next meeting.', 'procedural', null],
    ['Resolved: That the next meeting be held on 3 June 2024.', 'procedural', null],
    ['Resolved: That the report be noted.', 'procedural', null],
    ['Resolved: For full Council to adopt the policy.', 'recommendation', 'council'],
    ['Resolved: That it be recommended to the executive that the fees be frozen.', 'recommendation', 'executive'],
    ['Resolved: That the Integrated Care Board be asked to extend the pilot.', 'recommendation', 'partner'],
    ['Resolved: That a briefing note on fly-tipping be circulated to members.', 'action', 'officers'],
    ['Resolved: Committee to scrutinise the draft budget in January.', 'action', 'committee'],
    ['Resolved: That the report be noted and that the Cabinet be recommended to review the charges.', 'recommendation', 'executive'],
  ])('%s', (text, kind, addressee) => {
    const [r] = only(text);
    expect(r?.kind).toBe(kind);
    expect(r?.addressee).toBe(addressee);
  });
});

describe('bad and empty input', () => {
  it('returns an empty result for text that holds no minutes', () => {
    expect(parseMinutes('')).toEqual({ committee: null, meetingDate: null, items: [] });
    expect(parseMinutes('Just a shopping list.\nEggs\nMilk')).toEqual({ committee: null, meetingDate: null, items: [] });
  });

  it('says in plain English what it needs when given something other than text', () => {
    expect(() => parseMinutes(42 as unknown as string)).toThrow('parseMinutes needs the text of the minutes as a string.');
  });
});

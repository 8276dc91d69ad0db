// The families batch 5's first runs and the one runs of batches 6, 7 and 8 showed (tests/fixtures/minutes/real/batch5-8),
// each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';

const texts = (minutes: string) => parseMinutes(minutes).items.flatMap((i) => i.resolutions.map((r) => ({ item: i.number, kind: r.kind, text: r.text })));

describe('batch 5 families', () => {
  it('reads a page pasted as one line of HTML paragraphs, with "year/meeting:item" minute numbers', () => {
    const page =
      '<p>MINUTES OF THE PROCEEDINGS OF THE COUNCIL MEETING HELD ON MONDAY 3RD MARCH 2025</p><p>In the Chair: Councillor A Byrne</p>' +
      '<p>25/03:01 APOLOGIES AND CHAIRMAN’S BUSINESS</p><p>Apologies were received from Councillor D Kerr.</p>' +
      '<p>Harbour regatta</p><p>It was agreed that the Council would sponsor the trophy for the harbour regatta in July.</p>' +
      '<p>25/03:02 PLANNING MATTERS</p><p>Reference was made to the broken railings at the harbour wall and this was referred to the Senior Engineering Officer present.</p>';
    const found = texts(page);
    expect(found).toEqual([
      { item: '25/03:01', kind: 'action', text: 'It was agreed that the Council would sponsor the trophy for the harbour regatta in July.' },
      expect.objectContaining({ item: '25/03:02', text: expect.stringContaining('referred to the Senior Engineering Officer present') }),
    ]);
    expect(found[1]?.kind).not.toBe('procedural');
  });

  it('keeps an undertaking given under the minutes item as business, not procedure', () => {
    const minutes = ['Police and Crime Panel', '2 June 2025', '', '3. Minutes', '', 'The minutes of the last meeting were agreed as a correct record.', '', 'On the rural crime figures, the Commissioner undertook to provide a breakdown by district to the next meeting.', ''].join('\n');
    const found = texts(minutes);
    const undertaking = found.find((r) => /undertook/.test(r.text));
    expect(undertaking).toBeDefined();
    expect(undertaking?.kind).not.toBe('procedural');
  });

  it('does not take an item title printed above the page heading for the committee', () => {
    const page = ['Election of Vice-Chair to the Panel', 'Agenda and draft minutes', '', 'Venue: Council Chamber', '', 'Election of Vice-Chair to the Panel', '', 'Councillor Rees was elected Vice-Chair of the Panel.', ''].join('\n');
    expect(parseMinutes(page).committee).toBeNull();
  });

  it('makes a suggestion that the members then agree a decision, without cutting it at "items (i) and (ii)"', () => {
    const minutes = [
      'Scrutiny Committee',
      '5 May 2025',
      '',
      '9. Forward Work Programme',
      '',
      'The Scrutiny Co-ordinator introduced the programme. It was suggested that as items (i) and (ii) would take most of the June meeting, item (iii) Parks Strategy be moved to the meeting in September. All members present agreed to this change.',
      '',
    ].join('\n');
    const found = texts(minutes);
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toMatch(/^It was suggested that as items \(i\) and \(ii\) would take most of the June meeting, item \(iii\) Parks Strategy be moved/);
  });

  it('proposes a follow-up someone at the meeting handed to an officer', () => {
    const minutes = ['Annual Council', '20 May 2025', '', '4. Questions', '', 'Councillor Shah raised the state of the footpath at Mill Lane and asked the Democratic Services Officer to follow this up with the highways team after the meeting.', ''].join('\n');
    expect(texts(minutes).map((r) => r.text)).toEqual([
      'Councillor Shah raised the state of the footpath at Mill Lane and asked the Democratic Services Officer to follow this up with the highways team after the meeting.',
    ]);
  });

  it('classes thanks, welcomes, nil returns, a chair for the one meeting and "call-in is not appropriate" as procedural', () => {
    const minutes = [
      'Combined Authority',
      '9 June 2025',
      '',
      '1. Welcome and Declarations',
      '',
      'RESOLVED:',
      '',
      '1. That the Authority formally welcome Councillor Amy Hart, Leader of Northfield Council, as a member of the Authority.',
      '2. That the Authority record its gratitude to the staff of the Town Hall for hosting the meeting.',
      '3. There were no declarations.',
      '4. That Members present elected Councillor Ruth Lee to chair the meeting.',
      '5. That call-in is not appropriate as the matter will go to Council next week.',
      '6. That the information provided so far be received.',
      '',
    ].join('\n');
    const found = texts(minutes);
    expect(found).toHaveLength(6);
    expect(found.map((r) => r.kind)).toEqual(Array(6).fill('procedural'));
  });

  it('reads "Agreed, <clause>, to:" above a numbered list, and an "Action Point" heading above Wingdings bullets', () => {
    const minutes = [
      'Assembly',
      '4 March 2025',
      '',
      '5. Petition - Parking in Mill Road',
      '',
      'Received a petition about parking in Mill Road.',
      '',
      'Agreed, in order to meet the concerns of the petitioners, to:',
      '',
      '1.  Note that the Council cannot stop the development; and',
      '',
      '2.  A parking survey to be carried out once the school has opened.',
      '',
      '6. Leisure Working Group',
      '',
      'Action Point',
      '',
      'Ø  An officer from the Finance team to be invited to the meetings of the working group.',
      '',
    ].join('\n');
    const found = texts(minutes);
    expect(found.map((r) => r.text)).toEqual([
      'Note that the Council cannot stop the development.',
      'A parking survey to be carried out once the school has opened.',
      'An officer from the Finance team to be invited to the meetings of the working group.',
    ]);
    expect(found[2]?.kind).toBe('action');
  });

  it('reads "That (i) …" with (ii) indented below, a decision verb in formal capitals, and "Approved on the motion of"', () => {
    const minutes = [
      'Council',
      '22 February 2025',
      '',
      '7. Empty Homes Plan',
      '',
      'RESOLVED',
      '',
      'That (i)    the Empty Homes Plan 2025 – 2030 be adopted; and',
      '',
      '          (ii)   the Strategic Director be delegated authority to make minor amendments to the Plan.',
      '',
      '8. Annual Report',
      '',
      'The Committee DELEGATED to the Scrutiny Manager, in consultation with the Chair, the design of the final publication.',
      '',
      '9. Street Trading',
      '',
      'Approved on the motion of Councillor Reid seconded by Councillor Blair.',
      '',
    ].join('\n');
    const parsed = parseMinutes(minutes);
    const seven = parsed.items.find((i) => i.number === '7')?.resolutions ?? [];
    expect(seven.map((r) => [r.label, r.text])).toEqual([
      ['i', 'The Empty Homes Plan 2025 – 2030 be adopted.'],
      ['ii', 'The Strategic Director be delegated authority to make minor amendments to the Plan.'],
    ]);
    expect(parsed.items.find((i) => i.number === '8')?.resolutions[0]?.text).toMatch(/^The Committee DELEGATED to the Scrutiny Manager/);
    expect(parsed.items.find((i) => i.number === '9')?.resolutions[0]?.text).toBe('Approved on the motion of Councillor Reid seconded by Councillor Blair.');
  });

  it('takes "139/12a" after "139/12" as a sub-item, and reads the narrative decision under its "Decision:" label', () => {
    const minutes = [
      'Cabinet',
      '21 October 2025',
      '',
      '139/12',
      '',
      'PROCEDURAL MATTERS',
      '',
      '139/12a',
      '',
      'Petitions',
      '',
      'Decision:',
      '',
      'A petition of 300 signatures was presented. It was agreed that a written response would be sent to the lead petitioner.',
      '',
      '140/12',
      '',
      'BUDGET MONITORING',
      '',
      'RESOLVED: That the budget position be noted.',
      '',
    ].join('\n');
    const parsed = parseMinutes(minutes);
    expect(parsed.items.map((i) => i.number)).toEqual(['139/12', '139/12a', '140/12']);
    expect(parsed.items[1]?.resolutions.map((r) => r.text)).toEqual(['It was agreed that a written response would be sent to the lead petitioner.']);
  });

  it('proposes a letter promised in the passive, and information an officer confirmed would be made available under the minutes', () => {
    const minutes = [
      'Scrutiny Committee',
      '1 April 2025',
      '',
      '2. Minutes',
      '',
      'The minutes of the meeting held on 4 March 2025 were agreed as a correct record.',
      '',
      'The Director of Regeneration also confirmed that the name of the company receiving the grant would be made available.',
      '',
      '3. Chief Executive',
      '',
      'Members heard that the Chief Executive was leaving. A formal letter would be sent by the Chair thanking him for his service.',
      '',
    ].join('\n');
    const found = texts(minutes);
    expect(found.filter((r) => r.kind !== 'procedural').map((r) => r.text)).toEqual([
      'The Director of Regeneration also confirmed that the name of the company receiving the grant would be made available.',
      'A formal letter would be sent by the Chair thanking him for his service.',
    ]);
  });

  it('names the body and date from an opening sentence near the top, and not from an officer who made a decision', () => {
    const heading = (first: string) => parseMinutes([first, '', 'PRESENT: Councillors Ahmed and Brown', '', '1. APOLOGIES', '', 'There were none.', ''].join('\n'));
    expect(heading('ITEM 3 ACCESS FORUM MINUTES of a meeting of the Moorland Access Forum held on Thursday 9 October 2025 at 6.30pm at the Village Hall.')).toMatchObject({ committee: 'Moorland Access Forum', meetingDate: '2025-10-09' });
    expect(heading('MINUTES OF THE NORTHERN COMBINED AUTHORITY MEETING HELD ON 30 MAY 2025 AT THE TOWN HALL')).toMatchObject({ committee: 'Northern Combined Authority', meetingDate: '2025-05-30' });
    expect(heading('Minutes for Environment Scrutiny Committee meeting, Apr 6 2025, 7.15PM')).toMatchObject({ committee: 'Environment Scrutiny Committee', meetingDate: '2025-04-06' });
    expect(heading('Housing Scrutiny Committee (no longer active) - Monday, 16th June, 2025 6.00 pm')).toMatchObject({ committee: 'Housing Scrutiny Committee', meetingDate: '2025-06-16' });
    expect(heading('Tuesday, 7th October, 2025 at 6.30 p.m. at Saltwells Education Centre, Bowling Green Road').meetingDate).toBe('2025-10-07');
    // A sentence about the previous minutes names another meeting, not this one.
    const agenda = parseMinutes(['Agenda item', '', 'Venue: Town Hall', '', 'Previous minutes', '', 'To approve the minutes of the meeting of the Commission held on 6th April 2025.', ''].join('\n'));
    expect(agenda).toMatchObject({ committee: null, meetingDate: null });
    const decision = parseMinutes(['Decision details', '', 'Decision Maker: Chief Executive', '', 'Decision:', '', 'To approve the lease of the depot.', ''].join('\n'));
    expect(decision.committee).toBeNull();
  });

  it('passes over the report title under a "Decision:" label, votes and movers, and reads the verdict "the recommendation was supported"', () => {
    const minutes = [
      'Cabinet Scrutiny Committee',
      '8 November 2025',
      '',
      '5. Pre-decision scrutiny',
      '',
      'Decision:',
      '',
      'Tree Planting Strategy (2025-2030)',
      '',
      'Following scrutiny, the recommendation was supported to Cabinet.',
      '',
      '6. Library Hours',
      '',
      'RESOLVED: That the revised opening hours be referred to the Cabinet Member for Culture.',
      '',
      '(Unanimous)',
      '',
      'PROPOSED by Councillor Kerr Seconded by Councillor Crawford.',
      '',
    ].join('\n');
    expect(texts(minutes).map((r) => r.text)).toEqual([
      'Following scrutiny, the recommendation was supported to Cabinet.',
      'That the revised opening hours be referred to the Cabinet Member for Culture.',
    ]);
  });

  it('reads promises and wishes told as narrative, and a named person given a task under the minutes', () => {
    const minutes = [
      'Overview and Scrutiny Committee',
      '2 December 2025',
      '',
      '2. Minutes',
      '',
      'The minutes of the last meeting were agreed as a correct record.',
      '',
      'RESOLVED:',
      '',
      'Ian Duke to monitor and chase the outstanding actions.',
      '',
      '3. Waste Contract',
      '',
      'Members discussed the missed collections. The Chair confirmed it would be raised again with the Chief Executive. The committee wished for an update on the new depot at the next meeting.',
      '',
    ].join('\n');
    const found = texts(minutes);
    expect(found.filter((r) => !/correct record/.test(r.text)).map((r) => r.text)).toEqual([
      'Ian Duke to monitor and chase the outstanding actions.',
      'The Chair confirmed it would be raised again with the Chief Executive.',
      'The committee wished for an update on the new depot at the next meeting.',
    ]);
    expect(found.filter((r) => !/correct record/.test(r.text)).every((r) => r.kind !== 'procedural')).toBe(true);
  });

  it('classes agenda wording, a petition received, a draft calendar, a bare "APPROVED" and a glued "RESOLVEDto note" as procedural', () => {
    const minutes = [
      'Council',
      '3 March 2025',
      '',
      '1. Announcements',
      '',
      'RESOLVED: To receive any announcements from the Mayor and the Leader.',
      '',
      '2. Petitions',
      '',
      'RESOLVED: Received from Councillor Nunn re the closure of the branch library.',
      '',
      '3. Calendar',
      '',
      'RESOLVED: The draft calendar was approved for the period up to June 2026.',
      '',
      '4. Budget',
      '',
      'RESOLVED: APPROVED',
      '',
      '5. Correspondence',
      '',
      'RESOLVEDto note the contents of the correspondence.',
      '',
    ].join('\n');
    const found = texts(minutes);
    expect(found).toHaveLength(5);
    expect(found.map((r) => r.kind)).toEqual(Array(5).fill('procedural'));
  });

  it('names the body from a title that ends in "Minutes", a Scottish "Minute …" line, and "a Meeting of …"', () => {
    const heading = (top: string[]) => parseMinutes([...top, '', 'PRESENT: Councillors Ahmed and Brown', '', '1. APOLOGIES', '', 'There were none.', ''].join('\n'));
    expect(heading(['Glenside Council Minutes', 'Date:', 'Thursday 29 March 2025'])).toMatchObject({ committee: 'Glenside Council', meetingDate: '2025-03-29' });
    expect(heading(['Page 12.', 'Minute General Meeting of the Council Tuesday, 8 December 2025, 10:30.'])).toMatchObject({ committee: 'General Meeting of the Council', meetingDate: '2025-12-08' });
    expect(heading(['Council - Minutes of Proceedings – 21 June 2025 5'])).toMatchObject({ committee: 'Council', meetingDate: '2025-06-21' });
    expect(heading(['Home > Your Council > Agenda and minutes'])).toMatchObject({ committee: null });
  });

  it('drops a "Minutes:" label run into the words, and reads a promise to pass a petition on', () => {
    const minutes = [
      'Policy Committee',
      '14 July 2025',
      '',
      '9. Decisions taken under delegation',
      '',
      'Minutes: The delegated decisions were noted and it was requested that the expected dates for the outstanding ones be added to the next report.',
      '',
      '10. Petition',
      '',
      'The Provost accepted the petition and confirmed that this would be passed to the roads department for a response.',
      '',
    ].join('\n');
    const found = texts(minutes);
    expect(found.map((r) => r.text)).toEqual([
      'The delegated decisions were noted and it was requested that the expected dates for the outstanding ones be added to the next report.',
      'The Provost accepted the petition and confirmed that this would be passed to the roads department for a response.',
    ]);
    expect(found.map((r) => r.kind)).not.toContain('procedural');
  });

  it('names the body from a title with an archive note or a "meeting title, committee" pair', () => {
    const page = (title: string) => parseMinutes(['Agenda and minutes', '', title, '', 'Items', 'No. Item', '', '12.', '', 'Declarations of Interest', '', 'Minutes:', '', 'None were declared.', ''].join('\n'));
    expect(page('Cabinet (Pre-Intervention - 2nd June 2004 to 4th February 2015) - Wednesday 19 March 2014 10.30 a.m.')).toMatchObject({ committee: 'Cabinet', meetingDate: '2014-03-19' });
    expect(page("Cabinet - for meetings after 09/05/11, please see 'City Mayor & Cabinet' - Monday, 19 March 2001 5:00 pm")).toMatchObject({ committee: 'Cabinet', meetingDate: '2001-03-19' });
    expect(page('Budget Council, Council - Thursday, 22nd February, 2024 10.30 am')).toMatchObject({ committee: 'Council', meetingDate: '2024-02-22' });
    expect(page('Leicester, Leicestershire and Rutland Joint Health Scrutiny Committee - Tuesday, 8th March, 2022 10.00 am').committee).toBe('Leicester, Leicestershire and Rutland Joint Health Scrutiny Committee');
  });

  it('reads "approval is given to proceed with:" as the lead of a list, and leaves deputations, reasons and acknowledgements procedural', () => {
    const minutes = [
      'Cabinet',
      '9 September 2025',
      '',
      '7. Land at Hall Lane',
      '',
      'Cabinet approval is given to proceed with:',
      '',
      '(a) The appropriation of the land at Hall Lane for planning purposes.',
      '',
      '(b) The disposal of the land at Hall Lane to the housing company.',
      '',
      'REASONS RESOLVED:',
      '',
      'The report was for noting only.',
      '',
      '8. Deputations',
      '',
      'RESOLVED:',
      '',
      '(a) From local residents of Lockwood regarding the new parking scheme.',
      '',
      '(b) Acknowledged the work of the Standards Committee.',
      '',
    ].join('\n');
    const found = texts(minutes);
    expect(found.filter((r) => r.kind !== 'procedural').map((r) => r.text)).toEqual([
      'The appropriation of the land at Hall Lane for planning purposes.',
      'The disposal of the land at Hall Lane to the housing company.',
    ]);
  });

  it('reads a transposed "RESOVLED", a list after "moved, seconded … and carried", and numbered points after "the following issues be added:"', () => {
    const minutes = [
      'Corporate Overview and Scrutiny Committee',
      '29 July 2025',
      '',
      '7. Performance',
      '',
      'RESOVLED : That',
      '',
      '(a)  the performance reporting to the committee be further explored',
      '',
      '(b)  that climate change would be an item for scrutiny',
      '',
      '8. Plan review',
      '',
      'The recommendation as set out in the report was moved, seconded, voted on and carried.',
      '- To note the update on the review of the Plan.',
      '- To approve the final terms of reference for the task and finish group.',
      '',
      '9. Work Programme',
      '',
      'RESOLVED that the following additional issues to be added to the Work Programmes indicated:-',
      '',
      '  1)  Top 10 Cities – To include information on criteria and progress',
      '',
      '2)   Air Quality – To consider possible additional indicators',
      '',
    ].join('\n');
    const parsed = parseMinutes(minutes);
    expect(parsed.items.map((i) => i.number)).toEqual(['7', '8', '9']);
    const texts9 = parsed.items[2]?.resolutions.map((r) => r.text);
    expect(texts9).toEqual(['Top 10 Cities – To include information on criteria and progress', 'Air Quality – To consider possible additional indicators']);
    expect(parsed.items[0]?.resolutions.map((r) => r.label)).toEqual(['a', 'b']);
    expect(parsed.items[1]?.resolutions.map((r) => r.text)).toEqual(['To note the update on the review of the Plan.', 'To approve the final terms of reference for the task and finish group.']);
  });

  it('judges each sentence of a paragraph alone: a promise beside a wish or a question is still proposed, the question is not', () => {
    const minutes = [
      'Overview and Scrutiny Committee',
      '5 June 2025',
      '',
      '36. Updates on Panels',
      '',
      'Minutes:',
      '',
      'Hospitals review - Councillor Baverstock asked for more Members to join her panel. Councillors Brooks and Parker said that they would like to sit on the panel. Councillor Baverstock will confirm a date and venue for the first meeting.',
      '',
      'Cllr Simkins enquired as to whether the closed reviews would be reported back to the Board.',
      '',
      'The Committee noted that the figures on school places would be circulated to them shortly.',
      '',
      'The Committee agreed that it would be beneficial to hold the report on home education as an all member workshop.',
      '',
    ].join('\n');
    const found = texts(minutes);
    expect(found.map((r) => r.text)).toEqual([
      'Councillor Baverstock will confirm a date and venue for the first meeting.',
      'The Committee noted that the figures on school places would be circulated to them shortly.',
      'The Committee agreed that it would be beneficial to hold the report on home education as an all member workshop.',
    ]);
    expect(found.map((r) => r.kind)).not.toContain('procedural');
  });

  it('classes interests declared line by line, papers kept from publication, arrivals, minutes approved in the infinitive and meeting times as procedural', () => {
    const minutes = [
      'Council',
      '3 March 2025',
      '',
      '4. Business of the meeting',
      '',
      'RESOLVED:',
      '',
      '(a) Councillor A Richardson – personal interest on the grounds that he was a member of the town council.',
      '(b) Appendices A and B are not for publication as they contain exempt information.',
      '(c) Councillors Merchant and Vince arrived during the above item.',
      '(d) To approve the minutes of the meeting held on 22 July 2024.',
      '(e) That meetings of this Committee for the Municipal Year 2025/26 be held at 10.00 am.',
      '(f) Cabinet to receive and note the Shared Services Annual Report.',
      '(g) That the decision on parking charges be freed for implementation.',
      '',
    ].join('\n');
    const found = texts(minutes);
    expect(found).toHaveLength(7);
    expect(found.map((r) => r.kind)).toEqual(Array(7).fill('procedural'));
  });

  it('reads "suggested, and Council accepted, that …" and a response deferred to a named meeting', () => {
    const minutes = ['Council', '3 March 2025', '', '5. Confidential minutes', '', 'The Leader suggested, and Council accepted, that the confidential minutes be published after the sale completes.', '', '6. Scrutiny recommendation', '', 'The Leader explained the position. The response would be deferred to the June meeting of Cabinet.', ''].join('\n');
    expect(texts(minutes).map((r) => r.text)).toEqual([
      'The Leader suggested, and Council accepted, that the confidential minutes be published after the sale completes.',
      'The response would be deferred to the June meeting of Cabinet.',
    ]);
  });

  it('names the body from "This is a meeting of …", "MEETING OF …" above its date, a combined authority and a live-streamed council', () => {
    const top = (lines: string[]) => parseMinutes([...lines, '', 'Present: Councillors Ahmed and Brown', '', '1 APOLOGIES', '', 'There were none.', ''].join('\n'));
    expect(top(['This is a meeting of the County Council of Northshire County Council held on the 22nd Feb 2024.'])).toMatchObject({ committee: 'County Council', meetingDate: '2024-02-22' });
    expect(top(['MEETING OF POLICE AND CRIME PANEL', 'Thursday 25 October 2012 East Herts District Council Wallfields,'])).toMatchObject({ committee: 'Police and Crime Panel', meetingDate: '2012-10-25' });
    expect(top(['A meeting of the above Council was held on Monday 13th July 2009 in the Hall']).committee).toBeNull();
    const page = (title: string) => parseMinutes(['Agenda and draft minutes', '', title, '', 'Items', 'No. Item', '', '12.', '', 'Declarations of Interest', '', 'Minutes:', '', 'None were declared.', ''].join('\n'));
    expect(page('York and North Yorkshire Combined Authority - Monday, 22nd January, 2024 2.00 pm')).toMatchObject({ committee: 'York and North Yorkshire Combined Authority', meetingDate: '2024-01-22' });
    expect(page('Virtual, Live Streamed Meeting (At present, members of the public are unable to attend), Isle of Anglesey County Council - Tuesday, 18th May, 2021 10.30 am').committee).toBe('Isle of Anglesey County Council');
  });

  it('reads an issue page entry whose decision is the report\'s "is recommended to:" list, or decisions recorded in the passive', () => {
    const issue = ['Issue - decisions', '', 'Transport Authority', '', '20/07/2025 - Transport Authority', '', 'Cabinet is recommended to:', '', '(i)  Note the report;', '', '(ii)  Endorse the findings of the governance review;', '', '(iii)  Delegate to the Chief Executive any actions needed to carry out these decisions.', ''].join('\n');
    expect(texts(issue).filter((r) => r.kind !== 'procedural').map((r) => r.text)).toEqual(['Endorse the findings of the governance review.', 'Delegate to the Chief Executive any actions needed to carry out these decisions.']);
    const recorded = ['Issue - decisions', '', '14/01/2025 - Adult Education Budget', '', '(1)       The approach to commissioning the Adult Education Budget, as outlined within the report, was approved.', '', '(2)       Authority was delegated to the Director to award the contracts.', ''].join('\n');
    expect(texts(recorded).map((r) => r.text)).toEqual(['The approach to commissioning the Adult Education Budget, as outlined within the report, was approved.', 'Authority was delegated to the Director to award the contracts.']);
  });

  it('keeps "note and agree", "noted and it was agreed that", "notes … and approves" as business; business statements and receiving a report procedural; drops a "(Ref: …)"', () => {
    const minutes = [
      'Cabinet',
      '21 June 2025',
      '',
      '5. Household Support Fund',
      '',
      'RESOLVED:',
      '',
      '(a) Note and agree the contents of the report including the administration of the fund.',
      '(b) The quarterly reports were noted and it was agreed that future reports include the sickness figures.',
      '(c) Notes the procurement process outlined in the report and approves the purchase of six vehicles.',
      '(d) To transfer item 12 (Review of Lettings) to the Council Business Statement.',
      '(e) To receive the Consultation Report in respect of the proposal to close the school.',
      '(f) Agreed the recommendation at 4.0 of the submitted report. (Ref: report by Executive Director dated 3 March 2025)',
      '',
    ].join('\n');
    const found = texts(minutes);
    expect(found.map((r) => r.kind === 'procedural')).toEqual([false, false, false, true, true, false]);
    expect(found[5]?.text).toBe('Agreed the recommendation at 4.0 of the submitted report.');
  });

  it('keeps "noted … and the recommendations be accepted" and "noted the report and approved" as business, a planner\'s items procedural', () => {
    const minutes = ['Cabinet', '4 March 2025', '', '25. Invoices', '', 'RESOLVED:', '', '(a) That the report be noted and the recommendations be accepted.', '(b) That Cabinet noted the report and approved £60,574 of capital expenditure for the depot.', '(c) In relation to item 22 on the planner, to note that the report would come in June.', ''].join('\n');
    expect(texts(minutes).map((r) => r.kind === 'procedural')).toEqual([false, false, true]);
  });

  it('reads "That the following be approved." as a lead, drops heading fragments, and a leader\'s decision in capitals', () => {
    const minutes = ['Council', '20 April 2025', '', '7. Budgets', '', 'RESOLVED:', '', 'That the following be approved.', '', '1. The supplementary budget of £514k for The Forum.', '', '2. The transfer of £200k to the capital reserve.', '', 'TO THE COUNCIL', '', '8. Planning Inspectorate', '', 'The Leader APPROVED the Council’s response to the Planning Inspectorate consultation.', ''].join('\n');
    const found = texts(minutes).map((r) => r.text);
    expect(found).toEqual(['The supplementary budget of £514k for The Forum.', 'The transfer of £200k to the capital reserve.', 'The Leader APPROVED the Council’s response to the Planning Inspectorate consultation.']);
  });

  it('reads a promise to seek advice and a written answer promised by the chair', () => {
    const minutes = ['Police and Crime Panel', '6 February 2025', '', '2. Complaints', '', 'The Democratic Services Manager advised that he would seek legal advice and report back to the Panel.', '', '3. Public Questions', '', 'The Chair indicated that a written answer would be provided and invited the questioner to stay for the meeting.', ''].join('\n');
    expect(texts(minutes).map((r) => r.text)).toEqual([
      'The Democratic Services Manager advised that he would seek legal advice and report back to the Panel.',
      'The Chair indicated that a written answer would be provided and invited the questioner to stay for the meeting.',
    ]);
  });
});


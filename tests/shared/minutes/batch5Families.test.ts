// The families batch 5's first runs showed (tests/fixtures/minutes/real/batch5), each in own-written minutes.
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
});

// The families batch 12's one run showed (tests/fixtures/minutes/real/batch12), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';
import { isNarrativeDecision } from '../../../shared/minutes/narrative';

const texts = (minutes: string) => parseMinutes(minutes).items.flatMap((i) => i.resolutions.map((r) => ({ label: r.label, kind: r.kind, text: r.text })));

describe('batch 12 families', () => {
  it('reads a closing list whose points all open in lower case as resolutions that lost their "RESOLVED that", however worded', () => {
    const minutes = [
      'Changing Bin Collections pdf icon PDF 60 KB', '', 'The Committee considered the report on the change to alternate weekly collections.', '',
      '(i)  a review was undertaken of the impact of the change, with the findings reported to the December meeting;', '',
      '(ii)  officers provide the Committee with a breakdown of recycling rates by ward; and', '',
      '(iii)  the Committee was provided with the projected savings.',
    ].join('\n');
    expect(texts(minutes).map((r) => r.label)).toEqual(['i', 'ii', 'iii']);
    const single = ['Annual report', '', 'The Head of Communications introduced the video annual report.', '', '[1] the release of the annual report in video format be approved for publication. |'].join('\n');
    expect(texts(single).map((r) => [r.label, r.text])).toEqual([['1', 'The release of the annual report in video format be approved for publication.']]);
  });

  it('passes over each decision\'s "Reason:" in a decision session\'s record, but not a list of reasons', () => {
    const record = ['Flood plan update', '', 'Resolved: (i) That the update be noted.', 'Reason: To confirm the Executive Member is aware of progress.', '(ii) That the Agency be asked to consider further engagement with residents.', 'Reason: So that residents are informed.'].join('\n');
    expect(texts(record).map((r) => r.label)).toEqual(['i', 'ii']);
    const reasons = ['Ward funding review', '', 'Resolved:  (i)      That the report be approved.', '(ii)      That an update be reported in six months.', 'Reasons:   (i)      To conclude the review.', '(ii)      To enable the committee to monitor the recommendations.'].join('\n');
    expect(texts(reasons).map((r) => r.text.slice(0, 12))).toEqual(['That the rep', 'That an upda']);
  });

  it('keeps an inner "(i)" list inside the longer list it sits in, and takes no "Decision Maker:" line as the committee\'s name', () => {
    const page = [
      'Decision Maker: Overview and Scrutiny Committee (expired)', 'Decision status: For Determination',
      '(1) That the annual report be noted;', '(2) That, subject to the following amendments, the annual report be presented to Council:', '(i) That a section on attendance be added',
      '(3) That the thanks of the Chair be recorded.', 'Date of decision: 09/03/2021',
    ].join('\n');
    const parsed = parseMinutes(page);
    expect(parsed.committee).toBe('Overview and Scrutiny Committee');
    expect(parsed.items.flatMap((i) => i.resolutions.map((r) => r.label))).toEqual(['1', '2', '3']);
  });

  it.each([
    'Officers were asked to investigate making the planning data available on the website.',
    'The Chairman requested that the objectives of the review be set out in the next report.',
    'It was confirmed that his comments would be fed into the consultation.',
  ])('reads a decision told in the narrative forms batch 12 brought: %s', (sentence) => {
    expect(isNarrativeDecision(sentence)).toBe(true);
  });

  it.each(['Officers were asked about the delays to the scheme.', 'The Chairman requested that he be excused.'])('finds no decision in the look-alike: %s', (sentence) => {
    expect(isNarrativeDecision(sentence)).toBe(false);
  });

  it('passes over how the vote went ("Vote taken: 6 in favour, 1 against, 0 abstentions.")', () => {
    const page = ['Decision details', '', 'Bus services', '', 'Decision:', '', 'Vote taken: 6 in favour, 1 against, 0 abstentions.', '', 'Having considered the report on rural buses the Committee:', '', 'Resolved:', '', '(i) that the Cabinet be asked to review the rural bus subsidy.'].join('\n');
    expect(texts(page).map((r) => r.text)).toEqual(['That the Cabinet be asked to review the rural bus subsidy.']);
  });
});


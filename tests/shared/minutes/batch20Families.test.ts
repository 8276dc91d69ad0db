// The families batch 20's one run showed (tests/fixtures/minutes/real/batch20), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { classifyText } from '../../../shared/minutes/classify';
import { found, lines } from './familyHelpers';

describe('batch 20 families: collector Y12 (English councils\' other committees)', () => {
  it('reads revised terms of reference, or a new board\'s membership and terms approved, as something to be done', () => {
    expect(classifyText('That the revised terms of reference as set out in the Appendix to the report be approved.').kind).not.toBe('procedural');
    expect(classifyText('the membership of the Health and Wellbeing Board and the Terms of Reference as set out in Appendix A be approved;').kind).not.toBe('procedural');
    expect(classifyText('That the Terms of Reference for the Committee be noted.').kind).toBe('procedural');
  });

  it('does not take "the recommendations at Minute GP 19/3 be approved" for the minutes approved', () => {
    expect(classifyText('That the recommendations at Minute GP 19/3 be approved.').kind).not.toBe('procedural');
    expect(classifyText('That the Minutes of the meeting of 12 March 2024 be approved as a correct record.').kind).toBe('procedural');
  });

  it('drops a decision block\'s vote count ("Report AGREED by 41 votes to 1.") beside the resolution it counts', () => {
    const minutes = lines('60 PAY POLICY STATEMENT 2017/18', 'Decision:', 'Report AGREED by 41 votes to 1.', 'Minutes:', 'A report of the Chief Executive proposed a revised statement.',
      'The report was AGREED by 42 votes to 1 (see division 3) and it was RESOLVED:', 'That the Pay Policy Statement 2017/18 be approved.');
    expect(found(minutes).map((r) => r.text)).toEqual(['That the Pay Policy Statement 2017/18 be approved.']);
  });

  it('reads the paragraph after "the committee agreed the resolution below." as the decision', () => {
    const minutes = lines('Cumulative Impact Areas', 'Minutes:', 'The licensing manager introduced the report. The following action points were agreed:',
      '· Information on the number of licensed premises in each area to be included in the next report.', 'Having taken into account the equality duty, the committee agreed the resolution below.',
      'That the Cumulative Impact Areas are to remain in their current locations.', 'Supporting documents:');
    expect(found(minutes).map((r) => r.text)).toEqual(['Information on the number of licensed premises in each area to be included in the next report.', 'That the Cumulative Impact Areas are to remain in their current locations.']);
  });

  it('reads a carried motion\'s quoted "This council resolves:" as the marker of its points', () => {
    const minutes = lines('“This council resolves:', ' To declare a climate emergency, in that a rise in temperatures above 1.5C will cause enormous harm', '',
      ' That the new Corporate Director be tasked with preparing a costed strategy and action plan by March 2020.”', 'Upon being put to the meeting the Mayor declared the Motion to be carried.');
    expect(found(minutes).map((r) => r.text.slice(0, 30))).toEqual(['To declare a climate emergency', 'That the new Corporate Directo']);
  });

  it('reads work already done "noted and approved" as procedural, not amendments still to be made', () => {
    expect(classifyText('that the work completed by the Internal Audit Section between April and June be noted and approved;').kind).toBe('procedural');
    expect(classifyText('that the Current Performance Indicator statistics be noted and approved; and').kind).toBe('procedural');
    expect(classifyText('that the amendments to the section’s standard documentation be noted and approved.').kind).not.toBe('procedural');
  });
});

describe('batch 20 families: collector Z12 (joint committees, Wales, unitaries)', () => {
  it('reads "the report be noted and fund approved" as an approval, not only noting', () => {
    expect(classifyText('That the report be noted and fund approved').kind).not.toBe('procedural');
    expect(classifyText('That the report be noted and the update welcomed').kind).toBe('procedural');
  });

  it('passes over "Further to Minute No. 236 of the Cabinet meeting …, the Council considered a report …" after a "Decisions:" label', () => {
    const minutes = lines('Treasury Management Strategy', '', 'Decisions:', '', 'Further to Minute No. 236 of the Cabinet meeting held on 3 March 2011, the Council considered a report of the Chief Executive on the strategy.', '', ' ', '',
      'At its meeting held earlier that day, the Cabinet had considered the report and endorsed its recommendations.', '', 'It was moved by Councillor Robertson, seconded by Councillor Brodie and', '',
      'RESOLVED:', '', 'That approval be given to:', '', '(1)       the Treasury Management Policy Document for 2011/12;', '', '(2)       the Money Laundering Policy Document.');
    expect(found(minutes).map((r) => r.label)).toEqual(['1', '2']);
  });

  it('reads "6.1", "6.2" under item 6\'s marker as the points\' labels', () => {
    const minutes = lines('6. CORPORATE STRATEGY 2018-23 - UPDATE JUNE 2019', '', 'The Board considered the update.', '', 'UNANIMOUSLY RESOLVED TO RECOMMEND TO COUNCIL THAT:', '',
      '6.1     the Corporate Strategy adopted in June 2018 be reaffirmed;', '', '6.2       the same set of Well-being Objectives be retained for 2019/20 subject to minor adjustments.');
    expect(found(minutes).map((r) => [r.label, r.text.slice(0, 24)])).toEqual([['6.1', 'the Corporate Strategy a'], ['6.2', 'the same set of Well-bei']]);
  });
});

describe('batch 20 families: a decision told in the discussion', () => {
  it('reads "A suggestion was made, and supported, that …" as a decision where no marker is printed', () => {
    const minutes = lines('1. CHAIR\'S ANNOUNCEMENTS', '', 'The Chair congratulated the cyclist on winning the race. A suggestion was made, and supported, that the cyclist be approached about naming the velodrome after him.', '',
      '2. DECLARATIONS OF INTEREST', '', 'There were no declarations of interest.');
    expect(found(minutes).map((r) => r.text)).toEqual(['A suggestion was made, and supported, that the cyclist be approached about naming the velodrome after him.']);
  });
});

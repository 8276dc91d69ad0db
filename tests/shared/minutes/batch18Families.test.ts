// The families batch 18's one run showed (tests/fixtures/minutes/real/batch18), each in own-written minutes.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';
import { classifyText } from '../../../shared/minutes/classify';
import { isNarrativeDecision } from '../../../shared/minutes/narrative';
import { found, lines } from './familyHelpers';

describe('batch 18 families', () => {
  it.each([
    // Noting joined to an approval with "and to": the approval asks something.
    'The Joint Board agreed to note the content of the report and to approve the updated Guide attached to the report.',
    // "gave delegated authority" decides; it reports nothing.
    'Cabinet gave delegated authority to the Corporate Management Team to oversee the strategies linked to the plan.',
    // "as outlined at Appendix 1" describes the strategy approved.
    'Approves the draft Waste Strategy as outlined at Appendix 1 to the report.',
  ])('reads as a decision, not procedural: %s', (text) => {
    expect(classifyText(text).kind).not.toBe('procedural');
  });

  it('reads "… and Members agreed to recommend the following to Council:" and "And further agreed:" as markers of the points below', () => {
    const minutes = lines('539.       2019-20 Fees and Charges', 'Cabinet considered the recommendations of the Scrutiny Panel.',
      'In response, Councillor Grey proposed, Councillor White seconded and Members agreed to recommend the following to Council:', '1.    The removal of the fee for cremation of children under seventeen;',
      'And further agreed:', '2.    The creation of an all party advisory group to look at fees and charges from April 2020.', 'Thereafter Cabinet:', '3.    Approved to revise Item 31 of the fees schedule.', 'Meeting concluded: 4.40 pm');
    expect(found(minutes).map((r) => r.label)).toEqual(['1', '2', '3']);
    // "the following appointments:" still heads a list of appointments, not a marker of its own.
    const appointments = lines('45 Appointments', 'Resolved', 'The Committee agreed the following appointments:', '', '·         Vice-chair: Cllr A Lee', '', '·         Chair of the Health Panel: Cllr B Khan');
    expect(found(appointments).every((r) => r.kind === 'procedural')).toBe(true);
  });

  it('reads "Additional documents: Decision: … resolved to · Add … · Seek …" as one decision per point', () => {
    const minutes = lines('Scrutiny Work Programme', 'Additional documents: Decision: Following consideration of the forward plan the committee resolved to · Add the Rivers Authority to the forward plan for November. · Seek assurance that the Energy Plan recommendations are being progressed. · Consider item 60 of the Executive Forward Plan on highways devolution.',
      'Equality due regard', 'Decision: The committee considered and noted the report.');
    const got = found(minutes).filter((r) => r.kind !== 'procedural').map((r) => r.text.slice(0, 12));
    expect(got).toEqual(['Add the Rive', 'Seek assuran', 'Consider ite']);
  });

  it('reads a pre-decision scrutiny verdict "members were supportive of the recommendations to be considered by Cabinet"', () => {
    expect(isNarrativeDecision('Following scrutiny, members were supportive of the recommendations to be considered by Cabinet Board.')).toBe(true);
  });

  it('reads a decision that names no one as an action of a named body that decides for itself, a recommendation of a scrutiny body', () => {
    const text = 'That the Public Path Order made to divert Footpath No. 4 be rescinded.';
    expect(classifyText(text, null, 'Planning Committee').kind).toBe('action');
    expect(classifyText(text, null, 'Regulatory Joint Board').kind).toBe('action');
    expect(classifyText('That the induction of co-optees be more structured.', null, 'Children and Young People Overview and Scrutiny Committee').kind).toBe('recommendation');
    expect(classifyText('That the induction of co-optees be more structured.', null, null).kind).toBe('recommendation');
    // Named outward, it is owed a response whoever resolved it.
    expect(classifyText('That the Cabinet be asked to review the charges.', null, 'Audit Committee').kind).toBe('recommendation');
  });

  it('reads the points under "the committee resolved to" as the committee\'s own, unless a point names who acts', () => {
    const minutes = lines('Scrutiny Work Programme', 'Decision: Following consideration of the forward plan the committee resolved to · Add the Rivers Authority to the forward plan for November. · Consider item 60 of the Executive Forward Plan on highways devolution. · Ask that officers circulate the tracker monthly.');
    expect(parseMinutes(minutes).items.flatMap((i) => i.resolutions).map((r) => [r.kind, r.addressee])).toEqual([['action', 'committee'], ['action', 'committee'], ['action', 'officers']]);
  });

  it('reads "Minutes of the extraordinary meeting held on …" as naming no committee', () => {
    expect(parseMinutes('Minutes of the extraordinary meeting held on 6 December 2018 at 4.30 pm in the Council Chamber.\n\n539. Fees and Charges\nRESOLVED: That the fees be frozen.').committee).toBeNull();
  });

  it('loses none of a numbered list under a bulleted lead-in: an empty bullet above it, a sentence carrying point 3 on before point 4, each observation its own', () => {
    const minutes = ['Decision:', 'DECISION:', '·         To accept that the report conforms to the statutory guidance', '·         Propose the following observations for the Cabinet\'s consideration:', '·          ',
      '1.    There is a need to complete a linguistic assessment', '2.    There is a need for evidence about the success of the premium.', '3.    There is a need for further consultation on the use of the premium.',
      'What is the justification for using the premium to fund homelessness?', '4.    The considerations must be made in conjunction with the Government\'s measures'].join('\n\n');
    // Points the lead-in names as observations, each a sentence of its own: one recommendation each, for the Cabinet.
    const got = found(minutes);
    expect(got.map((r) => r.label)).toEqual([null, '1', '2', '3', '4']);
    expect(got[3]!.text).toContain('What is the justification');
    expect(got.slice(1).every((r) => r.kind === 'recommendation')).toBe(true);
  });
});

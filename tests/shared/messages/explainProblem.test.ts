// Restore and import problems in plain English, with the technical sentence kept for IT.
import { describe, expect, it } from 'vitest';
import { explainProblem, parseBackup, readInterchange, serializeBackup } from '../../../shared/index';
import example from '../../fixtures/herefordshire-cypsc-appendix-2023-2025.json';

describe('explainProblem', () => {
  it('says a broken link between records in words, keeping the path for IT', () => {
    const technical = 'data.recommendations[0].itemId "0192" names no agenda item in data.items.';
    expect(explainProblem(technical)).toEqual({
      summary: 'A recommendation in the file belongs to an agenda item that is not in the file.',
      detail: technical,
    });
    expect(explainProblem('data.meetings[4].committeeId "x" names no committee in data.committees.').summary).toBe(
      'A meeting in the file belongs to a committee that is not in the file.',
    );
  });

  it('explains the real messages parseBackup gives for a damaged backup', () => {
    const text = serializeBackup(readInterchange(example));
    const json = JSON.parse(text);
    json.data.recommendations[0].itemId = 'no-such-item';
    let message = '';
    try {
      parseBackup(JSON.stringify(json));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/data\.recommendations\[0\]\.itemId/);
    expect(explainProblem(message).summary).toBe('A recommendation in the file belongs to an agenda item that is not in the file.');

    const cut = JSON.parse(text);
    cut.data.recommendations.pop();
    try {
      parseBackup(JSON.stringify(cut));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(explainProblem(message).summary).toBe('The file has been cut short or changed since it was saved: it says it holds 49 recommendations but holds 48.');

    const noText = JSON.parse(text);
    delete noText.data.recommendations[3].text;
    try {
      parseBackup(JSON.stringify(noText));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(explainProblem(message).summary).toBe('The 4th recommendation in the file has no words.');
  });

  it('explains the interchange reader’s paths by position', () => {
    let message = '';
    const broken = structuredClone(example) as { meetings: { items: { recommendations: { text?: string }[] }[] }[] };
    delete broken.meetings[2]!.items[0]!.recommendations[0]!.text;
    try {
      readInterchange(broken);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^meetings\[2\]\.items\[0\]\.recommendations\[0\]\.text/);
    expect(explainProblem(message)).toEqual({ summary: 'Recommendation 1 of agenda item 1 of meeting 3 in the file has no words.', detail: message });
  });

  it('leaves a message that is already plain as it is', () => {
    expect(explainProblem('This file is not JSON.')).toEqual({ summary: 'This file is not JSON.', detail: null });
  });
});

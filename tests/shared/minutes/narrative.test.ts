// Decisions told as narrative in general forms (shared/minutes/narrative.ts): own-written sentences in the
// shapes real minutes use, and the look-alikes that decide nothing.
import { describe, expect, it } from 'vitest';
import { isNarrativeDecision } from '../../../shared/minutes/narrative';
import { parseMinutes } from '../../../shared/index';

describe('isNarrativeDecision', () => {
  it.each([
    'Members requested sight of the revised housing allocations policy before it goes to Cabinet.',
    'The Board decided to hold a workshop on the local plan in the spring.',
    'It was requested that the risk register be shared with all members of the Panel.',
    'After some debate it was decided that the parking review should return in March.',
    'Councillors asked for a breakdown of the agency staff costs by directorate.',
    'The Head of Waste Services undertook to check whether the garden waste round had been rerouted.',
    'The Finance Director would circulate the revised figures to the Committee after the meeting.',
    'Ms Patel offered to arrange a site visit to the new depot for members.',
    'The Portfolio Holder agreed to provide a written response on the leisure centre contract.',
    'A report on the homelessness reduction board would be brought to the next meeting.',
    'The findings of the playground survey will be shared with members by email.',
    'An item on the tree strategy would be added to the work programme for the February meeting.',
  ])('reads a decision in: %s', (sentence) => {
    expect(isNarrativeDecision(sentence)).toBe(true);
  });

  it.each([
    // Questions and hypotheses.
    'A member asked whether the Council would circulate the consultation to parish councils.',
    'If the grant was confirmed, officers would arrange a further round of bids.',
    'Members asked for clarification of the figures in table 3.',
    // Reported from earlier, or a wish.
    'The Cabinet had agreed to fund the scheme at its meeting in June.',
    'Members said it would be useful to see the figures for each ward.',
    // The meeting's task described, or an offer to answer questions there and then.
    'The Panel were asked to review the findings and draw their conclusions.',
    'The Leader had no update but was happy to respond to any questions from members.',
    // Business as usual, and plain reporting.
    'The updated work programme would be circulated as usual with the papers for the next meeting.',
    'The Director explained that the service would be provided by the new contractor from April.',
    'Members thanked the officers for the presentation.',
  ])('reads no decision in: %s', (sentence) => {
    expect(isNarrativeDecision(sentence)).toBe(false);
  });
});

describe('parseMinutes with narrative decisions and no marker', () => {
  it('proposes the undertaking and the request of an item that prints no "Resolved", and nothing else', () => {
    const text = [
      'Communities Scrutiny Panel',
      '3 March 2025',
      '',
      '7. Community Safety Partnership',
      '',
      'The Partnership Manager presented the annual report. Members discussed the rise in shoplifting and the',
      'funding of the youth diversion scheme.',
      '',
      'The Partnership Manager undertook to check whether the shoplifting figures included the retail park.',
      '',
      'Members requested sight of the youth diversion scheme evaluation when it is published.',
      '',
    ].join('\n');
    const parsed = parseMinutes(text);
    const texts = parsed.items.flatMap((item) => item.resolutions.map((r) => r.text));
    expect(texts).toEqual([
      'The Partnership Manager undertook to check whether the shoplifting figures included the retail park.',
      'Members requested sight of the youth diversion scheme evaluation when it is published.',
    ]);
  });
});

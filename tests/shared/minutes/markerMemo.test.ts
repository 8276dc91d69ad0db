// The marker memo (shared/minutes/markers.ts): one parse's kept answers are the fresh answers, cannot be changed by a
// caller, and do not outlive the parse.
import { describe, expect, it } from 'vitest';
import { detectMarker, resetMarkerMemo } from '../../../shared/minutes/markers';
import { parseMinutes } from '../../../shared/index';

describe('detectMarker memo', () => {
  it('gives the same answer again, frozen, and a fresh one after a reset', () => {
    resetMarkerMemo();
    const text = 'The Committee noted the report. Members requested that a briefing be held. The Chair would write to the Leader.';
    const first = detectMarker(text);
    expect(first).not.toBeNull();
    expect(detectMarker(text)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => {
      (first as { rest: string }).rest = 'changed';
    }).toThrow(TypeError);
    expect(first?.more).toEqual(['The Chair would write to the Leader.']);
    expect(() => (first?.more as string[]).push('x')).toThrow(TypeError);
    resetMarkerMemo();
    const again = detectMarker(text);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('keeps null answers too, and a parse reads the same whether or not another ran before it', () => {
    resetMarkerMemo();
    expect(detectMarker('Apologies were received from Councillor Smith.')).toBeNull();
    expect(detectMarker('Apologies were received from Councillor Smith.')).toBeNull();
    const a = '5 Parks\nRESOLVED: That a report on play areas be brought to the next meeting.';
    const b = '7 Roads\nThe Panel asked that officers check the gritting routes.';
    const alone = parseMinutes(b);
    parseMinutes(a);
    expect(parseMinutes(b)).toEqual(alone);
  });
});

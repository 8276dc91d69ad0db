// The acceptance cases the issue names on the two seeds, checked field by field.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../shared/index';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const seed004 = readFileSync(resolve(fixtures, '004_96e372cf547dc9a6.txt'), 'utf8');
const seed001 = readFileSync(resolve(fixtures, '001_fcdde886a22ab9e4.txt'), 'utf8');

describe('seed 004: minutes of 22 July 2025', () => {
  const parsed = parseMinutes(seed004);

  it('finds recommendation 2 ("For full Council to debate …") under item 7, addressed to council', () => {
    expect(parsed.committee).toBe('Children and Young People Scrutiny Committee');
    expect(parsed.meetingDate).toBe('2025-07-22');
    const item7 = parsed.items.find((i) => i.number === '7');
    expect(item7?.title).toBe("HEREFORDSHIRE CHILDREN'S SERVICES AND PARTNERSHIP IMPROVEMENT PLAN");
    const rec2 = item7?.resolutions.find((r) => r.label === '2');
    expect(rec2?.text.startsWith('For full Council to debate')).toBe(true);
    expect(rec2?.addressee).toBe('council');
    expect(rec2?.kind).toBe('recommendation');
    // The bold markers ("**") that conversion left at the end are gone.
    expect(rec2?.text).not.toContain('*');
  });

  it('takes none of the eleven numbered discussion points in item 7 as resolutions or items', () => {
    const item7 = parsed.items.find((i) => i.number === '7');
    expect(item7?.resolutions.map((r) => r.label)).toEqual(['1', '2']);
    expect(parsed.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
  });

  it('finds the procedural resolutions (minutes, deferral, work programme) and classifies them so', () => {
    const kinds = parsed.items.flatMap((i) => i.resolutions.map((r) => `${i.number}:${r.kind}`));
    expect(kinds).toEqual(['4:procedural', '7:recommendation', '7:recommendation', '8:procedural', '9:action', '10:procedural']);
  });

  it('finds nothing in the public question table', () => {
    expect(parsed.items.find((i) => i.number === '12')?.resolutions).toEqual([]);
  });
});

describe('seed 001: a whole agenda pack', () => {
  const parsed = parseMinutes(seed001);

  it('reads only the minutes of 5 August 2021, not the agenda of 7 September or the reports after them', () => {
    expect(parsed.meetingDate).toBe('2021-08-05');
    expect(parsed.items[0]?.number).toBe('13');
    expect(parsed.items[parsed.items.length - 1]?.number).toBe('22');
    const texts = parsed.items.flatMap((i) => i.resolutions.map((r) => r.text));
    // The reports' own "Recommendation(s) That: a) The committee notes …" must not leak in.
    expect(texts.some((t) => /notes the progress made to date/i.test(t))).toBe(false);
    expect(texts.some((t) => /directors update report/i.test(t))).toBe(false);
    expect(texts).toHaveLength(15);
  });

  it('keeps the bullets of (d) inside recommendation (d)', () => {
    const d = parsed.items.find((i) => i.number === '20')?.resolutions.find((r) => r.label === 'd');
    expect(d?.text.split('\n')).toEqual([
      'For the 2022/23 iteration of the plan the committee recommends the inclusion of:',
      'increased evidence of consultation with young people and the wider public;',
      'evidence on staff consultation; and',
      'more information on progress on county lines, exploitation and peer on peer abuse.',
    ]);
  });

  it('strips the web page range from the title "QUESTIONS FROM MEMBERS OF THE PUBLIC (Pages 5 - 6)"', () => {
    expect(parsed.items.find((i) => i.number === '18')?.title).toBe('QUESTIONS FROM MEMBERS OF THE PUBLIC');
  });
});

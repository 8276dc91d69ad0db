// The nesting check before JSON.parse: deep hostile files are refused at once, real files pass.
import { describe, expect, it } from 'vitest';
import appendix from '../../fixtures/herefordshire-cypsc-appendix-2023-2025.json';
import schedule from '../../fixtures/herefordshire-cypsc-schedule-2019-2021.json';
import { jsonTooDeep, MAX_JSON_DEPTH } from '../../../shared/interchange/jsonDepth';
import { parseBackup, serializeBackup } from '../../../shared/backup/index';
import { readInterchange } from '../../../shared/interchange/readInterchange';

const MB = 1024 * 1024;

describe('jsonTooDeep', () => {
  it('counts brackets outside strings only, up to the limit and no further', () => {
    expect(jsonTooDeep('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH))).toBe(false);
    expect(jsonTooDeep('['.repeat(MAX_JSON_DEPTH + 1))).toBe(true);
    expect(jsonTooDeep(`{"a": "${'['.repeat(1000)}"}`)).toBe(false);
    expect(jsonTooDeep(`{"a": "\\"${'{'.repeat(1000)}"}`)).toBe(false);
    expect(jsonTooDeep('{"a":[{"b":[]}],"c":{}}', 4)).toBe(false);
    expect(jsonTooDeep('{"a":[{"b":[]}]}', 3)).toBe(true);
  });

  it('stops at the first character that cannot be JSON: the parser refuses the file there anyway', () => {
    expect(jsonTooDeep(`[[#${'['.repeat(1000)}`)).toBe(false);
    expect(jsonTooDeep(`${'['.repeat(100)}#`)).toBe(true);
    expect(jsonTooDeep(`[1, -2.5e+3, true, false, null, ${'['.repeat(100)}`)).toBe(true);
  });

  it('passes the real trackers and a backup of one', () => {
    for (const file of [appendix, schedule]) expect(jsonTooDeep(JSON.stringify(file, null, 2))).toBe(false);
    expect(jsonTooDeep(serializeBackup(readInterchange(schedule)))).toBe(false);
  });

  it('refuses 50 MB of "[" offered as a backup with a plain message, without parsing it', () => {
    const text = '['.repeat(50 * MB);
    const start = performance.now();
    expect(() => parseBackup(text)).toThrow('The file is nested more than 64 levels deep, which no tracker or backup is, so it was not read.');
    // Stops at the 65th bracket: a moment, where JSON.parse on this text takes seconds and gigabytes.
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('refuses a deep file that is otherwise valid JSON, closed brackets and all', () => {
    const depth = 100_000;
    expect(() => parseBackup('['.repeat(depth) + ']'.repeat(depth))).toThrow(/nested more than 64 levels deep/);
  });
});

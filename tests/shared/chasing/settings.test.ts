// Chasing settings: defaults, the check of stored values, and template filling that never evaluates anything.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CHASING_SETTINGS,
  deadlineAdjective,
  deadlineInWords,
  fillTemplate,
  resolveChasingSettings,
  unknownPlaceholders,
} from '../../../shared/index';

describe('fillTemplate', () => {
  it('fills known placeholders and leaves unknown ones as typed', () => {
    expect(fillTemplate('Dear {addressee}, {count} for {committe}.', { addressee: 'Cllr Smith', count: 3 })).toBe('Dear Cllr Smith, 3 for {committe}.');
  });
  it('fills in one pass, so a value holding braces is not filled again', () => {
    expect(fillTemplate('{a} {b}', { a: '{b}', b: 'B' })).toBe('{b} B');
  });
  it('never evaluates code or reaches inherited properties', () => {
    expect(fillTemplate('${1+1} {constructor} {toString} {__proto__} {a.b}', {})).toBe('${1+1} {constructor} {toString} {__proto__} {a.b}');
    expect(fillTemplate('{x}', { x: '$& $1 ${x}' })).toBe('$& $1 ${x}');
  });
  it('names the placeholders a template uses that the tracker does not know', () => {
    expect(unknownPlaceholders('{addressee} {dueDte} {dueDte} {council}')).toEqual(['dueDte']);
    for (const t of Object.values(DEFAULT_CHASING_SETTINGS.templates)) {
      expect(unknownPlaceholders(t.subject + t.body)).toEqual([]);
    }
  });
});

describe('resolveChasingSettings', () => {
  it('fills gaps from the defaults', () => {
    expect(resolveChasingSettings({})).toEqual(DEFAULT_CHASING_SETTINGS);
    expect(resolveChasingSettings(null)).toEqual(DEFAULT_CHASING_SETTINGS);
    const s = resolveChasingSettings({ rule: { weeks: 8 }, officerName: ' Danial Webb ', templates: { chase: { subject: 'Late: {committee}' } } });
    expect(s.rule).toEqual({ weeks: 8 });
    expect(s.officerName).toBe('Danial Webb');
    expect(s.templates.chase).toEqual({ subject: 'Late: {committee}', body: DEFAULT_CHASING_SETTINGS.templates.chase.body });
    expect(s.templates.reminder).toEqual(DEFAULT_CHASING_SETTINGS.templates.reminder);
  });
  it('says in plain English what is wrong with a stored value', () => {
    expect(() => resolveChasingSettings({ rule: { fortnights: 4 } })).toThrow('The deadline rule counts "fortnights"; it should count months, weeks or days.');
    expect(() => resolveChasingSettings({ rule: { months: 0 } })).toThrow("The deadline's number of months should be a whole number from 1 to 24, not 0.");
    expect(() => resolveChasingSettings({ dueSoonDays: -1 })).toThrow('should be a whole number from 0 to 365, not -1.');
    expect(() => resolveChasingSettings({ ruleAppliesTo: ['cabinet'] })).toThrow('Who the deadline applies to should be a list drawn from');
    expect(() => resolveChasingSettings({ municipalYearStartMonth: 13 })).toThrow('first month of the municipal year');
    expect(() => resolveChasingSettings({ notPursuedWording: ' ' })).toThrow('is empty');
    expect(() => resolveChasingSettings({ templates: { reminder: { subject: 'a\nBcc: x@y.z' } } })).toThrow("The reminder template's subject should be one line.");
    expect(() => resolveChasingSettings({ templates: { nag: { subject: 'x', body: 'y' } } })).toThrow('"nag" is not a chase level');
    expect(() => resolveChasingSettings({ colour: 'red' })).toThrow('"colour" is not a chasing setting.');
    expect(() => resolveChasingSettings({ officerEmail: 'danial at herefordshire' })).toThrow('"danial at herefordshire" is not an email address');
    expect(() => resolveChasingSettings({ officerPhone: '01432 260000\nBcc: x@y.z' })).toThrow("The officer's telephone number should be one line.");
  });
  it('keeps the officer’s contact details, trimmed, with the address one line per line', () => {
    const s = resolveChasingSettings({ officerEmail: ' danial.webb@herefordshire.gov.uk ', officerPhone: '01432 260000', officerAddress: 'Plough Lane\nHereford\nHR4 0LE\n' });
    expect(s).toMatchObject({ officerEmail: 'danial.webb@herefordshire.gov.uk', officerPhone: '01432 260000', officerAddress: 'Plough Lane\nHereford\nHR4 0LE' });
    expect(DEFAULT_CHASING_SETTINGS).toMatchObject({ officerEmail: '', officerPhone: '', officerAddress: '' });
  });
  it('seeds the council’s own not-pursued sentence', () => {
    expect(DEFAULT_CHASING_SETTINGS.notPursuedWording).toBe('As the recommendation is now more than a year old it will not be pursued further.');
  });
});

describe('the deadline in words', () => {
  it('says two months, eight weeks, 20 days', () => {
    expect(deadlineInWords({ months: 2 })).toBe('two months');
    expect(deadlineInWords({ months: 1 })).toBe('one month');
    expect(deadlineInWords({ weeks: 8 })).toBe('eight weeks');
    expect(deadlineInWords({ days: 20 })).toBe('20 days');
    expect(deadlineAdjective({ months: 2 })).toBe('two-month');
    expect(deadlineAdjective({ days: 28 })).toBe('28-day');
  });
});

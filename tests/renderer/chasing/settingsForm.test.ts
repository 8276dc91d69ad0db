// The settings dialog's form: settings round-trip through it, and each wrong field gets its own plain message.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHASING_SETTINGS, resolveChasingSettings } from '../../../shared/index';
import { formProblems, fromForm, templateWarnings, toForm } from '../../../renderer/features/settings/settingsForm';

describe('the chasing settings form', () => {
  it('gives back exactly the settings it was filled from', () => {
    const settings = resolveChasingSettings({ rule: { weeks: 8 }, dueSoonDays: 10, officerName: 'Danial Webb', ruleAppliesTo: ['executive', 'partner'] });
    const form = toForm(settings);
    expect(form).toMatchObject({ ruleAmount: '8', ruleUnit: 'weeks', dueSoonDays: '10', municipalYearStartMonth: '5' });
    expect(resolveChasingSettings(fromForm(form))).toEqual(settings);
    expect(formProblems(form)).toEqual({});
  });

  it('names each wrong field with the rule it breaks, and nothing else', () => {
    const form = { ...toForm(DEFAULT_CHASING_SETTINGS), ruleAmount: 'two', dueSoonDays: '400', notPursuedWording: '  ', ruleAppliesTo: [] };
    const problems = formProblems(form);
    expect(Object.keys(problems).sort()).toEqual(['dueSoonDays', 'notPursuedWording', 'rule', 'ruleAppliesTo']);
    expect(problems.rule).toBe('The deadline\'s number of months should be a whole number from 1 to 24, not "two".');
    expect(problems.dueSoonDays).toMatch(/from 0 to 365, not 400/);
    expect(problems.notPursuedWording).toMatch(/is empty/);
    expect(problems.ruleAppliesTo).toMatch(/Tick at least one/);
    expect(() => resolveChasingSettings(fromForm(form))).toThrow();
  });

  it('refuses a subject of two lines, and warns of placeholders the app does not fill', () => {
    const form = toForm(DEFAULT_CHASING_SETTINGS);
    form.templates.chase = { subject: 'Overdue\nsecond line', body: 'Dear {adressee}, {dueDate} {foo}' };
    expect(formProblems(form).templates).toMatch(/subject should be one line/);
    expect(templateWarnings(form.templates.chase)).toBe('{adressee}, {foo} are not placeholders the app fills: they will print as typed.');
    expect(templateWarnings(DEFAULT_CHASING_SETTINGS.templates.reminder)).toBeNull();
  });
});

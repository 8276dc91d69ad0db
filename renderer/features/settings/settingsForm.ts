// The chasing settings as the settings dialog edits them (numbers as typed), back to settings, and each field's problem in plain English.
import {
  CHASE_LEVELS,
  DEFAULT_CHASING_SETTINGS,
  resolveChasingSettings,
  unknownPlaceholders,
  type Addressee,
  type ChaseLevel,
  type ChaseTemplate,
  type ChasingSettings,
} from '../../../shared/index';

export type RuleUnit = 'months' | 'weeks' | 'days';

export interface SettingsForm {
  ruleAmount: string;
  ruleUnit: RuleUnit;
  dueSoonDays: string;
  ruleAppliesTo: Addressee[];
  notPursuedAfterMonths: string;
  notPursuedWording: string;
  municipalYearStartMonth: string;
  councilName: string;
  officerName: string;
  officerTitle: string;
  officerAddress: string;
  officerEmail: string;
  officerPhone: string;
  letterReference: string;
  templates: Record<ChaseLevel, ChaseTemplate>;
}

export function toForm(s: ChasingSettings): SettingsForm {
  const [unit, amount] = Object.entries(s.rule)[0] as [RuleUnit, number];
  return {
    ruleAmount: String(amount),
    ruleUnit: unit,
    dueSoonDays: String(s.dueSoonDays),
    ruleAppliesTo: [...s.ruleAppliesTo],
    notPursuedAfterMonths: String(s.notPursuedAfterMonths),
    notPursuedWording: s.notPursuedWording,
    municipalYearStartMonth: String(s.municipalYearStartMonth),
    councilName: s.councilName,
    officerName: s.officerName,
    officerTitle: s.officerTitle,
    officerAddress: s.officerAddress,
    officerEmail: s.officerEmail,
    officerPhone: s.officerPhone,
    letterReference: s.letterReference,
    templates: { reminder: { ...s.templates.reminder }, chase: { ...s.templates.chase }, escalation: { ...s.templates.escalation } },
  };
}

/** A whole number as typed, or the text itself so the shared check can say what is wrong with it. */
function whole(text: string): number | string {
  const t = text.trim();
  return /^\d{1,6}$/.test(t) ? Number(t) : t;
}

/** The values to check and store; resolveChasingSettings (in saveChasingSettings) decides whether they are right. */
export function fromForm(f: SettingsForm): Record<string, unknown> {
  return {
    rule: { [f.ruleUnit]: whole(f.ruleAmount) },
    dueSoonDays: whole(f.dueSoonDays),
    ruleAppliesTo: f.ruleAppliesTo,
    notPursuedAfterMonths: whole(f.notPursuedAfterMonths),
    notPursuedWording: f.notPursuedWording,
    municipalYearStartMonth: whole(f.municipalYearStartMonth),
    councilName: f.councilName,
    officerName: f.officerName,
    officerTitle: f.officerTitle,
    officerAddress: f.officerAddress,
    officerEmail: f.officerEmail,
    officerPhone: f.officerPhone,
    letterReference: f.letterReference,
    templates: f.templates,
  };
}

export type FieldName = keyof ReturnType<typeof fromForm>;

/** Each field's problem, checked on its own by the same rules the save applies; an empty object when all is well. */
export function formProblems(f: SettingsForm): Partial<Record<FieldName, string>> {
  const values = fromForm(f);
  const problems: Partial<Record<FieldName, string>> = {};
  for (const [key, value] of Object.entries(values)) {
    try {
      resolveChasingSettings({ [key]: value });
    } catch (error) {
      problems[key as FieldName] = error instanceof Error ? error.message : String(error);
    }
  }
  if (f.ruleAppliesTo.length === 0) problems.ruleAppliesTo = 'Tick at least one: otherwise no recommendation is ever owed a response.';
  return problems;
}

/** The placeholders a template uses that the app does not fill, so the dialog can warn before they print as typed. */
export function templateWarnings(t: ChaseTemplate): string | null {
  const unknown = unknownPlaceholders(`${t.subject}\n${t.body}`);
  if (unknown.length === 0) return null;
  const names = unknown.map((n) => `{${n}}`).join(', ');
  return `${names} ${unknown.length === 1 ? 'is not a placeholder the app fills: it will' : 'are not placeholders the app fills: they will'} print as typed.`;
}

export const DEFAULT_TEMPLATES = Object.fromEntries(CHASE_LEVELS.map((l) => [l, { ...DEFAULT_CHASING_SETTINGS.templates[l] }])) as Record<ChaseLevel, ChaseTemplate>;

// Two-way forms: a response (or progress update) form for recommendations, as Word or Excel, and reading a returned one back.
import type { Tracker } from '../model/types';
import { buildFormDocx } from './docx';
import { resolveForm, type ResponseFormOptions } from './options';
import { buildFormXlsx } from './xlsx';

/** The form's bytes (.docx or .xlsx); see ResponseFormOptions for the choices. Throws a plain-English Error for ids the tracker does not hold. */
export async function buildResponseForm(tracker: Tracker, recommendationIds: string[], options: ResponseFormOptions = {}): Promise<Uint8Array> {
  const form = resolveForm(tracker, recommendationIds, options);
  return form.format === 'xlsx' ? buildFormXlsx(form) : buildFormDocx(form);
}

export { readResponseForm, looksLikeResponseForm } from './read';
export { resolveForm, UPDATE_REPLY_DAYS, type ResponseFormOptions, type ResolvedForm } from './options';
export { formWording, earliestDue, type FormWording } from './words';
export { formRows, type FormRow } from './rows';
export { newFormReference, rowReference, foldReference, findFormReference } from './reference';
export * from './types';
export { planReturnedForm, showValue, type FormChange, type FormChangeField, type FormPlan, type FormPlanEntry, type PlanOptions } from './plan';
export { buildFormEml, type FormEmlInput } from './eml';
export { formsDue, DEFAULT_FORMS_DUE, type FormsDueSettings } from './due';

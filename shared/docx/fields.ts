// What each format field prints for a recommendation: the tracker's value in the council's words, dates written day first.
import { responseDueDate, type DeadlineRule } from '../clock/responseDueDate';
import { formatLongDate } from '../dates/format';
import { ADDRESSEE_LABELS, KIND_LABELS, RAG_LABELS } from '../model/labels';
import type { ImplementationStatus, Outcome, ProgressUpdate, Recommendation } from '../model/types';
import type { FormatField } from './format';

export interface FieldContext {
  statusLabels: Record<ImplementationStatus, string>;
  outcomeLabels: Record<Outcome | '', string>;
  updates: Map<string, ProgressUpdate[]>;
  includeUpdates: boolean;
  rule: DeadlineRule | undefined;
}

const longDate = (iso: string) => (iso === '' ? '' : formatLongDate(iso));

export function updateLine(u: ProgressUpdate): string {
  return `${u.date === '' ? 'Update' : `Update, ${formatLongDate(u.date)}`}: ${u.text.trim()}`;
}

/** A recommendation's own value for a field (meeting and item fields are the group's, not the recommendation's: ''). */
export function fieldValue(field: FormatField, r: Recommendation, ctx: FieldContext): string {
  switch (field) {
    case 'meeting':
    case 'item':
    case 'itemNumber':
      return '';
    case 'label':
      return r.label;
    case 'text':
      return r.text;
    case 'kind':
      return KIND_LABELS[r.kind];
    case 'addressee':
      return r.addresseeName.trim() === '' ? ADDRESSEE_LABELS[r.addressee] : r.addresseeName.trim();
    case 'cabinetMember':
      return r.addressee === 'cabinet-member' ? r.addresseeName : '';
    case 'leadOfficer':
      return r.leadOfficer;
    case 'directorate':
      return r.directorate;
    case 'receivedDate':
      return longDate(r.receivedDate);
    case 'dueDate':
      return r.receivedDate === '' ? '' : formatLongDate(responseDueDate(r.receivedDate, ctx.rule));
    case 'outcome':
      return ctx.outcomeLabels[r.responseOutcome];
    case 'response':
      return r.responseText;
    case 'responseDate':
      return longDate(r.responseDate);
    case 'respondedBy':
      return r.respondedBy;
    case 'responseAndUpdates': {
      const updates = ctx.includeUpdates ? (ctx.updates.get(r.id) ?? []).map(updateLine) : [];
      return [r.responseText.trim(), ...updates].filter((t) => t !== '').join('\n');
    }
    case 'action':
      return r.action;
    case 'status':
      return ctx.statusLabels[r.status];
    case 'rag':
      return r.rag === '' ? '' : RAG_LABELS[r.rag];
    case 'targetDate':
      return longDate(r.targetDate);
    case 'latestUpdate': {
      const list = ctx.updates.get(r.id) ?? [];
      const latest = list[list.length - 1];
      return latest ? updateLine(latest) : '';
    }
    case 'notes':
      return r.notes;
  }
}

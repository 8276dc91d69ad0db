// A live preview of the first page of a format: its title and its first rows as an HTML table, column widths in proportion, so the officer sees a change at once.
import { useMemo } from 'react';
import {
  fieldValue,
  labelPrefix,
  meetingLabel,
  selectForExport,
  type ExportFormat,
  type FieldContext,
  type ImplementationStatus,
  type Outcome,
  type Tracker,
} from '../../../shared/index';

interface Props {
  tracker: Tracker;
  format: ExportFormat;
  scope: { committeeId: string; from: string; to: string };
  statusLabels: Record<ImplementationStatus, string>;
  outcomeLabels: Record<Outcome | '', string>;
}

/** As many rows as a landscape page holds of short text. */
const ROWS = 8;

export function previewRows(tracker: Tracker, format: ExportFormat, props: Omit<Props, 'tracker' | 'format'>): string[][] {
  const selection = selectForExport(tracker, {
    committee: props.scope.committeeId || undefined,
    from: props.scope.from || undefined,
    to: props.scope.to || undefined,
    which: format.which,
    includeProcedural: format.includeProcedural,
  });
  const ctx: FieldContext = { statusLabels: props.statusLabels, outcomeLabels: props.outcomeLabels, updates: selection.updates, includeUpdates: format.includeUpdates, rule: undefined };
  const labelInText = !format.columns.some((c) => c.field === 'label');
  const rows: string[][] = [];
  for (const m of selection.meetings) {
    for (const { item, recommendations } of m.items) {
      const one = (r: (typeof recommendations)[number]) =>
        format.columns.map((c) => {
          if (c.field === 'meeting') return meetingLabel(m, selection);
          if (c.field === 'item') return item.title;
          if (c.field === 'itemNumber') return item.number;
          const value = fieldValue(c.field, r, ctx);
          return c.field === 'text' && labelInText ? labelPrefix(r.label) + value : value;
        });
      if (format.grouping === 'items') {
        const cells = recommendations.map(one);
        rows.push(format.columns.map((_, i) => [...new Set(cells.map((c) => c[i]!).filter((v) => v !== ''))].join('\n')));
      } else {
        for (const r of recommendations) rows.push(one(r));
      }
      if (rows.length >= ROWS) return rows.slice(0, ROWS);
    }
  }
  return rows;
}

export function FormatPreview(props: Props) {
  const { tracker, format } = props;
  const rows = useMemo(() => {
    try {
      return previewRows(tracker, format, props);
    } catch {
      return [];
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tracker, format, props.scope.committeeId, props.scope.from, props.scope.to, props.statusLabels, props.outcomeLabels]);
  const total = format.columns.reduce((a, c) => a + c.width, 0);
  return (
    <figure style={{ margin: '0.5rem 0', border: '1px solid var(--line)', padding: '0.5rem', background: '#fff', color: '#000', overflowX: 'auto' }}>
      <figcaption style={{ fontWeight: 'bold', marginBottom: '0.4rem' }}>Preview of the first page ({format.orientation === 'landscape' ? 'landscape' : 'portrait'})</figcaption>
      <table style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', fontFamily: format.font, fontSize: '0.75rem' }}>
        <colgroup>
          {format.columns.map((c, i) => (
            <col key={i} style={{ width: `${(c.width * 100) / total}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {format.columns.map((c, i) => (
              <th key={i} scope="col" style={{ border: '1px solid #000', background: '#d9d9d9', textAlign: 'left', padding: '2px 4px' }}>
                {c.heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((value, c) => (
                <td key={c} style={{ border: '1px solid #000', padding: '2px 4px', verticalAlign: 'top', whiteSpace: 'pre-line', overflow: 'hidden', maxHeight: '6em' }}>
                  {value.length > 220 ? `${value.slice(0, 220)}…` : value}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="muted">No recommendations match these choices.</p>}
    </figure>
  );
}

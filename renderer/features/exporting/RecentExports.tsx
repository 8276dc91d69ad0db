// The last few exports (document, version, committee, count, date), so the officer can say which version went to which agenda.
import { formatLongDate, toIsoDate, type Committee } from '../../../shared/index';
import type { ExportRecord } from '../../db/index';
import { DOCUMENT_NAMES } from './buildExport';

/** "26 September 2023", in the officer's own time zone. */
function exportDate(exportedAt: string): string {
  const when = new Date(exportedAt);
  return Number.isNaN(when.getTime()) ? 'date unknown' : formatLongDate(toIsoDate(when));
}

function range(r: ExportRecord): string {
  if (r.from === '' && r.to === '') return '';
  if (r.from === '') return `, meetings to ${formatLongDate(r.to)}`;
  if (r.to === '') return `, meetings from ${formatLongDate(r.from)}`;
  return `, meetings ${formatLongDate(r.from)} to ${formatLongDate(r.to)}`;
}

const WHICH: Record<ExportRecord['which'], string> = { all: '', open: ' open', awaiting: ' awaiting a response' };

export function describeExport(r: ExportRecord, committees: readonly Committee[]): string {
  const committee = r.committeeId === '' ? 'all committees' : (committees.find((c) => c.id === r.committeeId)?.name ?? 'a committee since deleted');
  const count = `${r.recommendations} recommendation${r.recommendations === 1 ? '' : 's'}${WHICH[r.which] ?? ''}`;
  return `${DOCUMENT_NAMES[r.document]} version ${r.version}, ${committee}: ${count}${range(r)}. Exported ${exportDate(r.exportedAt)}.`;
}

export function RecentExports({ records, committees }: { records: ExportRecord[] | undefined; committees: readonly Committee[] }) {
  return (
    <section aria-labelledby="recent-exports-title" style={{ marginTop: '0.75rem' }}>
      <h3 id="recent-exports-title" style={{ fontSize: '1rem', margin: '0 0 0.35rem' }}>
        Recent exports
      </h3>
      {records === undefined ? null : records.length === 0 ? (
        <p className="muted">Nothing exported yet.</p>
      ) : (
        <ul className="updates-list" aria-labelledby="recent-exports-title">
          {records.map((r) => (
            <li key={r.id}>{describeExport(r, committees)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

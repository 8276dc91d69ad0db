// Under one person's group on the board: the forms sent to them and not yet returned, and "Request a response" for all their recommendations.
import type { BoardGroup } from '../../../shared/index';
import { formatLongDate } from '../../../shared/index';
import type { OpenForm } from './useForms';

interface Props {
  group: BoardGroup;
  open: readonly OpenForm[];
  onRequest(ids: string[], to: string): void;
}

export function GroupForms({ group, open, onRequest }: Props) {
  const ids = new Set(group.rows.map((r) => r.recommendation.id));
  const mine = open.filter((f) => f.kind === 'response' && f.recommendationIds.some((id) => ids.has(id)));
  const to = group.owner.source === 'addressee' ? '' : group.owner.name;
  return (
    <div className="group-forms">
      {mine.length > 0 && (
        <span>
          Forms awaited:{' '}
          {mine.map((f) => `${f.reference} (sent ${formatLongDate(f.sentOn)}, ${f.recommendationIds.filter((id) => ids.has(id)).length} here)`).join('; ')}.{' '}
        </span>
      )}
      <button type="button" className="button button-small" aria-label={`Request a response from ${group.owner.name}`} onClick={() => onRequest([...ids], to)}>
        Request a response…
      </button>
    </div>
  );
}

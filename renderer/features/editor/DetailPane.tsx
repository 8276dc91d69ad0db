// The right-hand pane: the editor for whatever is selected, shown only while something is.
import { useUi } from '../../state/ui';
import { CommitteeEditor, ItemEditor, MeetingEditor } from './ParentEditors';
import { RecommendationEditor } from './RecommendationEditor';

export function DetailPane() {
  const selection = useUi((s) => s.selection);
  const select = useUi((s) => s.select);
  if (!selection) return null;
  return (
    <aside className="detail" aria-label="Details">
      <button type="button" className="button button-small button-quiet detail-close" onClick={() => select(null)} aria-label="Close the editor">
        Close ×
      </button>
      {selection.kind === 'recommendation' && <RecommendationEditor key={selection.id} id={selection.id} />}
      {selection.kind === 'item' && <ItemEditor key={selection.id} id={selection.id} />}
      {selection.kind === 'meeting' && <MeetingEditor key={selection.id} id={selection.id} />}
      {selection.kind === 'committee' && <CommitteeEditor key={selection.id} id={selection.id} />}
    </aside>
  );
}

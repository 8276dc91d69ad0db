// The right-hand pane: the editor for whatever is selected.
import { useUi } from '../../state/ui';
import { CommitteeEditor, ItemEditor, MeetingEditor } from './ParentEditors';
import { RecommendationEditor } from './RecommendationEditor';

export function DetailPane() {
  const selection = useUi((s) => s.selection);
  return (
    <aside className="detail" aria-label="Details">
      {!selection && <p className="detail-empty">Select a recommendation to see and edit it. Changes save as you type.</p>}
      {selection?.kind === 'recommendation' && <RecommendationEditor key={selection.id} id={selection.id} />}
      {selection?.kind === 'item' && <ItemEditor key={selection.id} id={selection.id} />}
      {selection?.kind === 'meeting' && <MeetingEditor key={selection.id} id={selection.id} />}
      {selection?.kind === 'committee' && <CommitteeEditor key={selection.id} id={selection.id} />}
    </aside>
  );
}

// The view switch in the top bar: Tracker, Awaiting response (with how many are overdue) and Numbers.
import { useUi, type View } from '../../state/ui';
import { useBoardData } from './useBoard';
import './chasing.css';

export function ViewTabs({ disabled }: { disabled: boolean }) {
  const view = useUi((s) => s.view);
  const setView = useUi((s) => s.setView);
  const data = useBoardData();
  const overdue = data ? data.board.counts.overdue : 0;
  const tabs: Array<[View, string]> = [
    ['tracker', 'Tracker'],
    ['awaiting', overdue > 0 ? `Awaiting response (${overdue.toLocaleString('en-GB')} overdue)` : 'Awaiting response'],
    ['numbers', 'Numbers'],
  ];
  return (
    <nav className="view-tabs" aria-label="Views">
      {tabs.map(([name, label]) => (
        <button key={name} type="button" className="view-tab" aria-pressed={view === name} disabled={disabled} onClick={() => setView(name)}>
          {label}
        </button>
      ))}
    </nav>
  );
}

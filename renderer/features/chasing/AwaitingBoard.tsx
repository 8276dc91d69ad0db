// "Awaiting response": every response still owed, grouped by who owes it and most overdue first, with picking for a chase, quick recording of responses and closing stale ones.
import { useMemo, useRef, useState } from 'react';
import type { BoardInput, ChaseRecord } from '../../../shared/index';
import { useUi } from '../../state/ui';
import { BoardGroupView, StateCounts } from './BoardGroupView';
import { ChaseDialog } from './ChaseDialog';
import { NotPursuedPanel } from './NotPursuedPanel';
import { changePicks, type Picks } from './picks';
import { useBoardData, useChases } from './useBoard';
import './chasing.css';
import { FormsPanel } from '../forms/FormsPanel';
import { GroupForms } from '../forms/GroupForms';
import { RequestFormDialog } from '../forms/RequestFormDialog';
import { useOpenForms } from '../forms/useForms';

export function AwaitingBoard() {
  const data = useBoardData();
  const [picks, setPicks] = useState<Picks | null>(null);
  const [pickNote, setPickNote] = useState('');
  const [recording, setRecording] = useState<string | null>(null);
  const [chasing, setChasing] = useState<BoardInput[] | null>(null);
  const title = useRef<HTMLHeadingElement>(null);
  // Response forms (issue 17): whose recommendations a form is being made for, and the forms still awaited.
  const [requesting, setRequesting] = useState<{ ids: string[]; to: string } | null>(null);
  const openForms = useOpenForms();

  const rowIds = useMemo(() => data?.board.groups.flatMap((g) => g.rows.map((r) => r.recommendation.id)) ?? [], [data]);
  const chases = useChases(rowIds);
  const lastChase = useMemo(() => {
    const last = new Map<string, ChaseRecord>();
    for (const c of chases ?? []) last.set(c.recommendationId, c); // oldest first, so the last one stays
    return last;
  }, [chases]);

  if (!data) return <p className="table-status">Reading the responses awaited…</p>;
  const { board, stale, settings, settingsProblem, today } = data;

  // Picks of rows that have left the board (answered meanwhile) fall away.
  const pickedGroup = picks ? board.groups.find((g) => g.owner.key === picks.key) : undefined;
  const pickedRows = pickedGroup ? pickedGroup.rows.filter((r) => picks!.ids.has(r.recommendation.id)) : [];
  const picked = new Set(pickedRows.map((r) => r.recommendation.id));

  function pick(groupKey: string, ids: string[], on: boolean) {
    // Only the picks still on the board count, so a row answered meanwhile is not carried along.
    const current = picks && pickedGroup ? { key: picks.key, ids: picked } : null;
    const result = changePicks(current, groupKey, ids, on);
    setPickNote(result.cleared && pickedGroup ? `A chase goes to one person at a time, so the picks for ${pickedGroup.owner.name} were cleared.` : '');
    setPicks(result.picks);
  }

  function recorded(id: string) {
    // The answered row leaves the board: the focus goes to the next row's button, or the heading.
    const next = rowIds[rowIds.indexOf(id) + 1];
    window.setTimeout(() => {
      const target = (next && document.getElementById(`record-${next}`)) || document.getElementById(`record-${id}`) || title.current;
      target?.focus();
    }, 0);
  }

  const status =
    pickedRows.length === 0
      ? 'Pick the recommendations to chase: one person’s at a time.'
      : `${pickedRows.length.toLocaleString('en-GB')} picked, owed by ${pickedGroup!.owner.name}.`;

  return (
    <div className="board">
      <h2 className="board-title" ref={title} tabIndex={-1}>
        Awaiting response
      </h2>
      <StateCounts counts={board.counts} label="Totals" />
      {settingsProblem && (
        <p className="form-error" role="alert">
          {settingsProblem}
        </p>
      )}
      {stale.length > 0 && <NotPursuedPanel stale={stale} settings={settings} />}
      <FormsPanel settings={settings} today={today} />
      {board.total === 0 ? (
        <p className="board-empty">Nothing is awaiting a response.</p>
      ) : (
        <>
          <div className="board-toolbar">
            <p role="status">
              {status} {pickNote}
            </p>
            <button type="button" className="button button-primary" disabled={pickedRows.length === 0} onClick={() => setChasing(pickedRows)}>
              Chase…
            </button>
            <button
              type="button"
              className="button"
              disabled={pickedRows.length === 0}
              onClick={() => setRequesting({ ids: pickedRows.map((r) => r.recommendation.id), to: pickedGroup!.owner.source === 'addressee' ? '' : pickedGroup!.owner.name })}
            >
              Request a response…
            </button>
            {pickedRows.length > 0 && (
              <button type="button" className="button button-small" onClick={() => setPicks(null)}>
                Clear picks
              </button>
            )}
            <button type="button" className="button button-small button-quiet" onClick={() => useUi.getState().openDialog('chasing-settings')}>
              Chasing settings…
            </button>
          </div>
          {board.groups.map((group) => (
            <div key={group.owner.key}>
            <BoardGroupView
              key={group.owner.key}
              group={group}
              picked={picks?.key === group.owner.key ? picked : new Set()}
              onPick={(ids, on) => pick(group.owner.key, ids, on)}
              lastChase={lastChase}
              recording={recording}
              onRecord={setRecording}
              onRecorded={recorded}
              settings={settings}
              today={today}
            />
            <GroupForms group={group} open={openForms ?? []} onRequest={(ids, to) => setRequesting({ ids, to })} />
            </div>
          ))}
        </>
      )}
      {requesting && <RequestFormDialog kind="response" ids={requesting.ids} toName={requesting.to} settings={settings} today={today} onClose={() => setRequesting(null)} />}
      {chasing && <ChaseDialog items={chasing} settings={settings} today={today} onClose={() => setChasing(null)} />}
    </div>
  );
}

// What a second window on the same tracker shows instead of the tracker: where the tracker is open,
// and a way to use it here instead (which stops the other window, so edits can never cross).
interface Props {
  /** True when this window had the tracker and another window took it over. */
  taken: boolean;
  onTakeOver(): void;
}

export function OtherWindow({ taken, onTakeOver }: Props) {
  return (
    <main className="other-window" id="main">
      <h1>{taken ? 'The tracker is now open in another window' : 'The tracker is already open in another window'}</h1>
      <p>
        {taken
          ? 'Another tab or window took over the tracker, so this one has stopped: two windows saving to the same tracker would overwrite each other’s edits. What you had typed here was saved before it stopped.'
          : 'Scrutiny Tracker is open in another tab or window of this browser. Only one window may have the tracker open at a time, so that the two cannot overwrite each other’s edits.'}
      </p>
      <p>Go back to that window, or use the tracker here instead (the other window will stop).</p>
      <button type="button" className="button button-primary" onClick={onTakeOver}>
        Use the tracker in this window
      </button>
    </main>
  );
}

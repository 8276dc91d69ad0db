// What the window shows while an older tracker is upgraded for this version of the app, before the app itself is drawn.
export function Upgrading() {
  return (
    <main className="upgrading">
      <h1>Scrutiny Tracker</h1>
      <p role="status">Updating your tracker for this version of Scrutiny Tracker…</p>
      <p className="muted">A very large tracker can take a minute. Everything in it is kept; if the computer stops meanwhile, the update starts again next time.</p>
    </main>
  );
}

// First start: an empty tracker with clear ways in.
import { useUi } from '../../state/ui';
import { openExampleTracker } from '../example/openExample';

export function Welcome() {
  const openDialog = useUi((s) => s.openDialog);
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Your tracker is empty</h2>
      <p>
        Keep every recommendation your scrutiny committees make, the executive&rsquo;s responses and how they are carried out, in one
        place on this computer. Nothing leaves it.
      </p>
      <div className="welcome-actions">
        <button type="button" className="button button-primary" onClick={() => openDialog('new-committee')}>
          Add your first committee
        </button>
        <button type="button" className="button" onClick={() => void openExampleTracker()}>
          Open example tracker
        </button>
        <button type="button" className="button" onClick={() => openDialog('import')}>
          Import a tracker file…
        </button>
      </div>
      <p className="muted">
        The example is Herefordshire Council&rsquo;s Children and Young People Scrutiny Committee, September 2023 to March 2025. You can
        delete it at any time.
      </p>
    </section>
  );
}

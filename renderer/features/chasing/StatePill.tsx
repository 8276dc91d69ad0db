// Where a recommendation stands against the response clock, as words in a coloured pill, and the marker for a vague acceptance.
import type { ResponseState } from '../../../shared/index';
import './chasing.css';

/** The words carry the meaning; the colour (tone) only repeats it, so nothing depends on seeing colour. */
export function StatePill({ state, className = '' }: { state: Pick<ResponseState, 'label' | 'tone'>; className?: string }) {
  return <span className={`pill state-pill state-${state.tone} ${className}`.trim()}>{state.label}</span>;
}

export const VAGUE_EXPLANATION = 'The response accepts the recommendation but names no action, owner or date: you may want to ask for more.';

export function VagueMarker() {
  return (
    <span className="pill state-pill state-warning vague-marker" title={VAGUE_EXPLANATION}>
      Vague
      <span className="visually-hidden">: {VAGUE_EXPLANATION}</span>
    </span>
  );
}

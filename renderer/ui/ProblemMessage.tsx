// A problem with a file, said in plain English, with the reader's technical sentence folded away
// underneath for IT (a <details> the officer can ignore).
import type { ReactNode } from 'react';
import { explainProblem } from '../../shared/index';

interface Props {
  /** Words before the reader's message, e.g. "backup.json cannot be restored." */
  lead?: string;
  /** The reader's message (technical where it names paths). */
  message: string;
  /** Words after it, e.g. "Your tracker has not been changed." */
  tail?: string;
  children?: ReactNode;
}

export function ProblemMessage({ lead, message, tail }: Props) {
  const { summary, detail } = explainProblem(message);
  return (
    <div className="form-error problem-message" role="alert">
      <p>{[lead, summary, tail].filter(Boolean).join(' ')}</p>
      {detail && (
        <details className="problem-detail">
          <summary>Technical detail (for IT)</summary>
          <code>{detail}</code>
        </details>
      )}
    </div>
  );
}

// A form's problems listed at its top, each a link to the field it is about (the GOV.UK error
// summary pattern); the summary takes the focus when it appears so a screen reader hears it, and
// each field shows its own message too.
import { useEffect, useRef } from 'react';

export interface FieldProblem {
  /** The id of the field's control, which the link moves the focus to. */
  fieldId: string;
  message: string;
}

export function ErrorSummary({ problems }: { problems: FieldProblem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = problems.map((p) => p.message).join('|');
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);
  if (problems.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h3 id="error-summary-title" className="error-summary-title">
        There is a problem
      </h3>
      <ul>
        {problems.map((p) => (
          <li key={p.fieldId + p.message}>
            <a
              href={`#${p.fieldId}`}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(p.fieldId)?.focus();
              }}
            >
              {p.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

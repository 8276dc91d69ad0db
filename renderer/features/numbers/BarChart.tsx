// A horizontal bar chart a person can read at a glance: each bar labelled with its number and share, the list itself being the text alternative.
import { useId } from 'react';
import { percentWords, type Bar } from './figures';

interface Props {
  title: string;
  /** What the bars are shares of, for the caption: "of 49 recommendations". */
  ofWhat: string;
  bars: Bar[];
}

export function BarChart({ title, ofWhat, bars }: Props) {
  const captionId = useId();
  const total = bars.reduce((n, b) => n + b.value, 0);
  const largest = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="chart-title">
        {title} <span className="chart-of">{ofWhat}</span>
      </figcaption>
      <ul className="chart-bars">
        {bars.map((b) => (
          <li key={b.label} className={b.value === 0 ? 'chart-row chart-row-zero' : 'chart-row'}>
            <span className="chart-label">{b.label}</span>
            <span className="chart-track" aria-hidden="true">
              <span className="chart-bar" style={{ width: `${(b.value / largest) * 100}%`, background: b.colour }} />
            </span>
            <span className="chart-value">
              <strong>{b.value.toLocaleString('en-GB')}</strong> <span className="chart-share">({percentWords(b.value, total)})</span>
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

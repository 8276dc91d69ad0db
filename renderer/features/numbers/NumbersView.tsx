// "Numbers": the figures for the annual scrutiny report, for one committee or all and a municipal year or any dates, as headline figures, charts and a Word section or CSV.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import {
  buildStatisticsDocx,
  formatLongDate,
  recommendationRows,
  scrutinyStatistics,
  statisticsCsv,
  statisticsSummary,
  type ScrutinyStatistics,
} from '../../../shared/index';
import { describeError, getDb, loadTracker } from '../../db/index';
import { platform } from '../../platform/index';
import { useUi } from '../../state/ui';
import { SelectField } from '../../ui/fields';
import { useChasingSettings, useToday } from '../chasing/useChasingSettings';
import { useCommittees } from '../exporting/useExportSummary';
import { BarChart } from './BarChart';
import { charts, figuresFileName, periodRange, scopeLabel, timeliness, yearsOf, type Period, type Timeliness, timedBasis } from './figures';
import './numbers.css';
import { DateField } from '../../ui/DateField';

type Figures = { kind: 'ready'; stats: ScrutinyStatistics; split: Timeliness } | { kind: 'problem'; problem: string };

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** "May 2024", for the municipal years in the period list. */
function monthYear(iso: string): string {
  return formatLongDate(iso).replace(/^\d+ /, '');
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

export function NumbersView() {
  const committees = useCommittees();
  const loaded = useChasingSettings();
  const today = useToday();
  const [committeeId, setCommitteeId] = useState('');
  const [period, setPeriod] = useState<Period>({ kind: 'all' });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  // A committee deleted meanwhile falls back to all of them.
  const scopeId = committees && committeeId !== '' && !committees.some((c) => c.id === committeeId) ? '' : committeeId;
  const tracker = useLiveQuery(async () => {
    try {
      return { for: scopeId, tracker: await loadTracker(getDb(), { committeeId: scopeId }) };
    } catch (error) {
      return { for: scopeId, problem: describeError(error) };
    }
  }, [scopeId]);

  const settings = loaded?.settings;
  const startMonth = settings?.municipalYearStartMonth ?? 5;
  const ready = tracker && tracker.for === scopeId ? tracker : undefined;
  const rows = useMemo(() => (ready?.tracker ? recommendationRows(ready.tracker) : []), [ready]);
  const years = useMemo(() => yearsOf(ready?.tracker?.meetings.map((m) => m.date) ?? [], startMonth), [ready, startMonth]);

  const result = useMemo((): Figures | null => {
    if (!settings || !ready?.tracker) return null;
    try {
      const range = periodRange(period, startMonth);
      const scope = { ...range, committeeId: scopeId };
      const stats = scrutinyStatistics(rows, scope, settings);
      return { kind: 'ready', stats, split: timeliness(rows, scope, settings) };
    } catch (error) {
      return { kind: 'problem', problem: describeError(error) };
    }
  }, [settings, ready, rows, period, startMonth, scopeId]);

  const committeeName = committees?.find((c) => c.id === scopeId)?.name ?? '';
  let label = '';
  try {
    label = scopeLabel(committeeName, period, startMonth);
  } catch {
    label = committeeName || 'All committees';
  }

  async function save(kind: 'docx' | 'csv', stats: ScrutinyStatistics) {
    if (!settings || busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const name = figuresFileName(label, kind);
      const saved =
        kind === 'docx'
          ? await platform.saveFile({
              suggestedName: name,
              data: await buildStatisticsDocx(stats, { scopeLabel: label, rule: settings.rule, author: settings.officerName, date: today }),
              mimeType: DOCX_MIME,
              filters: [{ name: 'Word document', extensions: ['docx'] }],
            })
          : await platform.saveFile({ suggestedName: name, data: statisticsCsv(stats, label), mimeType: 'text/csv', filters: [{ name: 'CSV file', extensions: ['csv'] }] });
      if (saved === 'saved') useUi.getState().notify(kind === 'docx' ? `Word section saved: ${label}.` : `CSV saved: ${label}.`);
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  }

  const periodValue = period.kind === 'year' ? period.from : period.kind;
  function choosePeriod(value: string) {
    if (value === 'all') setPeriod({ kind: 'all' });
    else if (value === 'custom') setPeriod({ kind: 'custom', from: '', to: '' });
    else setPeriod({ kind: 'year', from: value });
  }

  const stats = result?.kind === 'ready' ? result.stats : null;
  const basis = stats ? timedBasis(stats) : null;
  const bars = result?.kind === 'ready' ? charts(result.stats, result.split) : null;
  return (
    <div className="numbers">
      <h2 className="numbers-title">Numbers</h2>
      <div className="numbers-controls">
        <SelectField
          label="Committee"
          value={scopeId}
          onChange={(e) => setCommitteeId(e.target.value)}
          options={[{ value: '', label: 'All committees' }, ...(committees ?? []).map((c) => ({ value: c.id, label: c.name }))]}
        />
        <SelectField
          label="Period"
          value={periodValue}
          onChange={(e) => choosePeriod(e.target.value)}
          options={[
            { value: 'all', label: 'All dates' },
            ...years.map((y) => ({ value: y.from, label: `Municipal year ${y.label} (${monthYear(y.from)} to ${monthYear(y.to)})` })),
            { value: 'custom', label: 'Other dates…' },
          ]}
        />
        {period.kind === 'custom' && (
          <>
            <DateField label="Meetings from" value={period.from} onChange={(from) => from !== null && setPeriod({ ...period, from })} hint="Empty: from the first" />
            <DateField label="Meetings to" value={period.to} onChange={(to) => to !== null && setPeriod({ ...period, to })} hint="Empty: to the last" />
          </>
        )}
        <div className="numbers-actions">
          <button type="button" className="button button-primary" disabled={busy || !stats} onClick={() => stats && void save('docx', stats)}>
            Save as Word section (.docx)
          </button>
          <button type="button" className="button" disabled={busy || !stats} onClick={() => stats && void save('csv', stats)}>
            Save as CSV
          </button>
        </div>
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {ready?.problem && (
        <p className="form-error" role="alert">
          {ready.problem}
        </p>
      )}
      {result?.kind === 'problem' && (
        <p className="form-error" role="alert">
          {result.problem}
        </p>
      )}
      {!stats || !bars || !settings ? (
        !result && <p className="muted">Counting…</p>
      ) : (
        <>
          <p className="numbers-scope">{label}</p>
          <p className="numbers-summary">{statisticsSummary(stats, settings.rule).join(' ')}</p>
          {/* Drawn from only part of the data: each tile says so, not just the summary above. */}
          <dl className="figure-tiles" aria-label="Headline figures">
            <div>
              <dt>Recommendations made</dt>
              <dd>{stats.made.toLocaleString('en-GB')}</dd>
            </div>
            <div>
              <dt>Owed a response</dt>
              <dd>{stats.owingResponse.toLocaleString('en-GB')}</dd>
            </div>
            <div>
              <dt>Responses received</dt>
              <dd>{stats.responsesReceived.toLocaleString('en-GB')}</dd>
            </div>
            <div>
              <dt>Within the deadline</dt>
              <dd>{stats.percentWithinDeadline === null ? 'Not known' : `${stats.percentWithinDeadline}%`}</dd>
              {basis && <dd className="tile-basis">{basis}</dd>}
            </div>
            <div>
              <dt>Median days to respond</dt>
              <dd>{stats.medianDaysToRespond === null ? 'Not known' : stats.medianDaysToRespond.toLocaleString('en-GB')}</dd>
              {basis && <dd className="tile-basis">{basis}</dd>}
            </div>
          </dl>
          <div className="charts">
            <BarChart title="Outcomes" ofWhat={`of ${plural(stats.made, 'recommendation')} made`} bars={bars.outcomes} />
            <BarChart title="Responses against the deadline" ofWhat={`of ${plural(stats.owingResponse, 'recommendation')} owed a response`} bars={bars.timeliness} />
            <BarChart title="Implementation" ofWhat={`of ${plural(stats.made, 'recommendation')} made`} bars={bars.implementation} />
          </div>
        </>
      )}
    </div>
  );
}

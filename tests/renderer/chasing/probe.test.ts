import { it } from 'vitest';
import { readInterchange, recommendationRows, awaitingBoard, DEFAULT_CHASING_SETTINGS, todayIso, staleWithoutResponse, scrutinyStatistics, isVagueResponse } from '../../../shared/index';
import example from '../../fixtures/herefordshire-cypsc-appendix-2023-2025.json';
it('probe', () => {
  const t = readInterchange(example);
  const rows = recommendationRows(t);
  const b = awaitingBoard(rows, todayIso(), DEFAULT_CHASING_SETTINGS);
  console.log(JSON.stringify(b.counts), b.groups.map(g => [g.owner.name, g.total, g.rows.map(r => r.response.label)]));
  console.log(rows.map(r => [r.recommendation.addressee, r.recommendation.receivedDate, r.recommendation.responseOutcome, r.recommendation.status, r.recommendation.kind].join(' ')).join('\n'));
  console.log('stale', staleWithoutResponse(rows.map(r=>r.recommendation), todayIso(), DEFAULT_CHASING_SETTINGS).length);
  console.log(JSON.stringify(scrutinyStatistics(rows, {}, DEFAULT_CHASING_SETTINGS)));
  console.log('vague', rows.filter(r => isVagueResponse(r.recommendation)).length);
});

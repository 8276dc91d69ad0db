// What the board, the tab bar and the start-up summary read: the recommendations still owed a response, arranged for today under the council's settings.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { awaitingBoard, staleWithoutResponse, type AwaitingBoard, type ChaseRecord, type ChasingSettings } from '../../../shared/index';
import { chasesForMany, getDb, loadChaseCandidates, openingScreen, type ChaseCandidate } from '../../db/index';
import { useChasingSettings, useToday } from './useChasingSettings';

export interface BoardData {
  board: AwaitingBoard;
  /** Old recommendations with no response, offered for closing as not pursued; oldest first. */
  stale: ChaseCandidate[];
  settings: ChasingSettings;
  /** Why the saved settings are not in force, if they are not. */
  settingsProblem: string | null;
  today: string;
}

/**
 * Read after the table's opening screen: IndexedDB answers requests in turn, and thousands of open
 * recommendations (read for the tab's count and the start-up summary) would otherwise hold up the
 * first rows by seconds at 50,000.
 */
export function useChaseCandidates(): ChaseCandidate[] | undefined {
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    let current = true;
    void openingScreen(getDb()).then(() => current && setOpened(true));
    return () => {
      current = false;
    };
  }, []);
  return useLiveQuery(() => (opened ? loadChaseCandidates(getDb()) : undefined), [opened]);
}

export function useBoardData(): BoardData | undefined {
  const candidates = useChaseCandidates();
  const loaded = useChasingSettings();
  const today = useToday();
  return useMemo(() => {
    if (!candidates || !loaded) return undefined;
    const board = awaitingBoard(candidates, today, loaded.settings);
    const staleRecs = new Set(staleWithoutResponse(candidates.map((c) => c.recommendation), today, loaded.settings));
    const stale = candidates
      .filter((c) => staleRecs.has(c.recommendation))
      .sort((a, b) => (a.recommendation.receivedDate < b.recommendation.receivedDate ? -1 : a.recommendation.receivedDate > b.recommendation.receivedDate ? 1 : 0));
    return { board, stale, settings: loaded.settings, settingsProblem: loaded.problem, today };
  }, [candidates, loaded, today]);
}

/** The chases of the given recommendations, newest last; re-read whenever a chase is logged. */
export function useChases(recommendationIds: readonly string[]): ChaseRecord[] | undefined {
  const key = recommendationIds.join(',');
  // `key` stands for the ids by value, so a new but equal list does not re-query.
  return useLiveQuery(() => chasesForMany(getDb(), recommendationIds), [key]);
}

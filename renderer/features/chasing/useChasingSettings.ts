// The chasing settings and today's date for any component, each from one shared watch (a table of many rows reads them once).
import { useSyncExternalStore } from 'react';
import { todayIso } from '../../../shared/index';
import { getDb, watchChasingSettings, type LoadedChasingSettings } from '../../db/index';

let current: LoadedChasingSettings | undefined;
let stop: (() => void) | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  stop ??= watchChasingSettings(getDb(), (loaded) => {
    current = loaded;
    for (const l of listeners) l();
  });
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && stop) {
      stop();
      stop = null;
    }
  };
}

/** The settings in force (defaults until the stored ones are read), or undefined while they are first read. */
export function useChasingSettings(): LoadedChasingSettings | undefined {
  return useSyncExternalStore(subscribe, () => current);
}

let today = todayIso();
let timer: number | undefined;
const dayListeners = new Set<() => void>();

function subscribeToday(listener: () => void): () => void {
  dayListeners.add(listener);
  today = todayIso();
  timer ??= window.setInterval(() => {
    const now = todayIso();
    if (now === today) return;
    today = now;
    for (const l of dayListeners) l();
  }, 60_000);
  return () => {
    dayListeners.delete(listener);
    if (dayListeners.size === 0) {
      window.clearInterval(timer);
      timer = undefined;
    }
  };
}

/** Today's date (YYYY-MM-DD), which moves on at midnight while the app stays open; one timer for every caller. */
export function useToday(): string {
  return useSyncExternalStore(subscribeToday, () => today);
}

// The weekly reminder to save a backup in web mode, where nothing is backed up automatically: when it is due, remembered in settings.
import { differenceInCalendarDays } from 'date-fns';
import { parseIsoDate, todayIso } from '../../../shared/index';
import { getDb, getSettings, setSettings } from '../../db/index';
import { BACKUP_SETTINGS } from './backupActions';

export const REMINDER_DAYS = 7;

export interface ReminderDates {
  lastSaved?: unknown;
  lastReminded?: unknown;
  since?: unknown;
}

/**
 * 'start' the first time there is a tracker (the week starts counting then), 'remind' once a week
 * has passed since the last backup saved, reminder shown or start, otherwise 'wait'.
 */
export function reminderDue(today: string, dates: ReminderDates): 'start' | 'remind' | 'wait' {
  const known = [dates.lastSaved, dates.lastReminded, dates.since].filter((d): d is string => typeof d === 'string' && parseIsoDate(d) !== null);
  if (known.length === 0) return 'start';
  const latest = known.sort().at(-1)!;
  return differenceInCalendarDays(parseIsoDate(today)!, parseIsoDate(latest)!) >= REMINDER_DAYS ? 'remind' : 'wait';
}

/** At start in web mode: true when the reminder should show (and it is then remembered as shown today). */
export async function checkWeeklyReminder(today: string = todayIso()): Promise<boolean> {
  const db = getDb();
  if ((await db.committees.count()) === 0) return false;
  const stored = await getSettings(db, Object.values(BACKUP_SETTINGS));
  const due = reminderDue(today, {
    lastSaved: stored[BACKUP_SETTINGS.lastSaved],
    lastReminded: stored[BACKUP_SETTINGS.lastReminded],
    since: stored[BACKUP_SETTINGS.since],
  });
  if (due === 'start') await setSettings(db, { [BACKUP_SETTINGS.since]: today });
  if (due !== 'remind') return false;
  await setSettings(db, { [BACKUP_SETTINGS.lastReminded]: today });
  return true;
}

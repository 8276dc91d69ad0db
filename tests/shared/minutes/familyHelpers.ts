// What the family tests read of a parse: each resolution with its item's number, and minutes written line by line.
import { parseMinutes } from '../../../shared/index';

/** Every resolution parseMinutes proposes, in order, with the number of the item it sits under. */
export const found = (minutes: string) => parseMinutes(minutes).items.flatMap((i) => i.resolutions.map((r) => ({ item: i.number, label: r.label, kind: r.kind, text: r.text })));

/** Minutes written one line per argument. */
export const lines = (...l: string[]): string => l.join('\n');

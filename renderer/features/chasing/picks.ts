// Picking recommendations on the board for a chase: one person's at a time, so a pick in another group starts afresh.
export interface Picks {
  /** The group (who owes the responses) the picks belong to. */
  key: string;
  ids: ReadonlySet<string>;
}

/**
 * The picks after ticking (on) or unticking `ids` in group `key`. Ticking in another group clears
 * the first group's picks — a chase goes to one person — and `cleared` says so, for the message.
 */
export function changePicks(picks: Picks | null, key: string, ids: readonly string[], on: boolean): { picks: Picks | null; cleared: boolean } {
  if (picks && picks.key !== key) {
    // Unticking in a group with nothing picked changes nothing; ticking there starts afresh.
    if (!on) return { picks, cleared: false };
    return { picks: ids.length === 0 ? picks : { key, ids: new Set(ids) }, cleared: ids.length > 0 && picks.ids.size > 0 };
  }
  const next = new Set(picks?.ids ?? []);
  for (const id of ids) {
    if (on) next.add(id);
    else next.delete(id);
  }
  return { picks: next.size === 0 ? null : { key, ids: next }, cleared: false };
}

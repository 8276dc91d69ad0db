// Picking on the board: one person's recommendations at a time.
import { describe, expect, it } from 'vitest';
import { changePicks } from '../../../renderer/features/chasing/picks';

const ids = (p: { picks: { ids: ReadonlySet<string> } | null }) => [...(p.picks?.ids ?? [])].sort();

describe('picking for a chase', () => {
  it('adds and removes picks within one group, and none left is no picks', () => {
    let result = changePicks(null, 'smith', ['a'], true);
    expect(result).toMatchObject({ cleared: false, picks: { key: 'smith' } });
    result = changePicks(result.picks, 'smith', ['b', 'c'], true);
    expect(ids(result)).toEqual(['a', 'b', 'c']);
    result = changePicks(result.picks, 'smith', ['a', 'b', 'c'], false);
    expect(result.picks).toBeNull();
  });

  it('starts afresh, saying so, when a pick is made in another group', () => {
    const first = changePicks(null, 'smith', ['a', 'b'], true);
    const second = changePicks(first.picks, 'jones', ['x'], true);
    expect(second.cleared).toBe(true);
    expect(second.picks?.key).toBe('jones');
    expect(ids(second)).toEqual(['x']);
  });

  it('leaves the picks alone when something is unticked in another group', () => {
    const first = changePicks(null, 'smith', ['a'], true);
    expect(changePicks(first.picks, 'jones', ['x'], false)).toEqual({ picks: first.picks, cleared: false });
  });
});

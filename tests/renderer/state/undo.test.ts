// The undo stack: order, redo, merging quick edits of one field, and a failed undo keeping its entry.
import { beforeEach, describe, expect, it } from 'vitest';
import { useUndo } from '../../../renderer/state/undo';

let value = 0;
function change(to: number, mergeKey?: string) {
  const from = value;
  value = to;
  useUndo.getState().push({ label: `set ${to}`, mergeKey, undo: async () => void (value = from), redo: async () => void (value = to) });
}

beforeEach(() => {
  useUndo.setState({ done: [], undone: [] });
  value = 0;
});

describe('undo stack', () => {
  it('undoes and redoes in order', async () => {
    change(1);
    change(2);
    expect(await useUndo.getState().undo()).toBe('set 2');
    expect(value).toBe(1);
    expect(await useUndo.getState().undo()).toBe('set 1');
    expect(value).toBe(0);
    expect(await useUndo.getState().undo()).toBeNull();
    await useUndo.getState().redo();
    await useUndo.getState().redo();
    expect(value).toBe(2);
  });

  it('folds quick edits of the same field into one step', async () => {
    change(1, 'rec:text');
    change(2, 'rec:text');
    change(3, 'rec:text');
    expect(useUndo.getState().done).toHaveLength(1);
    await useUndo.getState().undo();
    expect(value).toBe(0);
    await useUndo.getState().redo();
    expect(value).toBe(3);
  });

  it('a new change clears what could be redone', async () => {
    change(1);
    await useUndo.getState().undo();
    change(5);
    expect(await useUndo.getState().redo()).toBeNull();
  });

  it('keeps the entry when its undo fails', async () => {
    useUndo.getState().push({ label: 'broken', undo: async () => Promise.reject(new Error('gone')), redo: async () => {} });
    await expect(useUndo.getState().undo()).rejects.toThrow('gone');
    expect(useUndo.getState().done).toHaveLength(1);
  });
});

// The minutes box's paste check: a paste that would take the box past the limit is stopped before
// the browser inserts it, with a plain message; anything within the limit goes through untouched.
import { describe, expect, it, vi } from 'vitest';
import { pasteLimitHandlers, pasteTooLongMessage, wouldExceed } from '../../../renderer/features/minutes/usePasteLimit';

const box = (value: string, selectionStart = value.length, selectionEnd = selectionStart) => ({ value, selectionStart, selectionEnd }) as HTMLTextAreaElement;

function paste(text: string, target: HTMLTextAreaElement) {
  return { clipboardData: { getData: (type: string) => (type === 'text/plain' ? text : '') }, currentTarget: target, preventDefault: vi.fn() };
}

describe('the minutes paste limit', () => {
  it('counts what the box would hold: the text, less the selection replaced, plus the paste', () => {
    expect(wouldExceed(box('abc'), 7, 10)).toBe(false);
    expect(wouldExceed(box('abcd'), 7, 10)).toBe(true);
    expect(wouldExceed(box('abcd', 0, 4), 10, 10)).toBe(false);
  });

  it('stops a 20 MB paste before the browser takes it, saying why', () => {
    const refuse = vi.fn();
    const { onPaste } = pasteLimitHandlers(5_000_000, refuse);
    const event = paste('x'.repeat(20 * 1024 * 1024), box(''));
    onPaste(event as never);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(refuse).toHaveBeenCalledWith(pasteTooLongMessage(5_000_000));
    expect(pasteTooLongMessage(5_000_000)).toMatch(/^That is too long to be one meeting's minutes \(over 5 million characters\), so it was not pasted\./);
  });

  it('lets an ordinary paste through untouched', () => {
    const refuse = vi.fn();
    const { onPaste } = pasteLimitHandlers(5_000_000, refuse);
    const event = paste('RESOLVED: that the report be noted.', box('Minutes'));
    onPaste(event as never);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(refuse).not.toHaveBeenCalled();
  });

  it('checks dropped text too, but leaves dropped files to the window', () => {
    const refuse = vi.fn();
    const { onDrop } = pasteLimitHandlers(10, refuse);
    const text = { dataTransfer: { files: [], getData: () => 'x'.repeat(11) }, currentTarget: box(''), preventDefault: vi.fn() };
    onDrop(text as never);
    expect(text.preventDefault).toHaveBeenCalled();
    const file = { dataTransfer: { files: [{}], getData: () => 'x'.repeat(11) }, currentTarget: box(''), preventDefault: vi.fn() };
    onDrop(file as never);
    expect(file.preventDefault).not.toHaveBeenCalled();
    expect(refuse).toHaveBeenCalledTimes(1);
  });
});

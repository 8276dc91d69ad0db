// Where a council's appendix gives no status column, its response wording says how each
// recommendation stands ("This took place during 2024", "it will not be pursued further"): the
// status as the appendix gives it, read from those words. Conservative: anything unclear stays open.
import type { ImplementationStatus } from './types';

const RULES: Array<[RegExp, ImplementationStatus]> = [
  [/\bwill not be pursued\b|\bnot (?:be )?pursued\b/i, 'not-pursued'],
  [/\b(?:added (?:this topic |it )?to (?:their |the )?work programme|added to (?:the )?list of potential items)\b/i, 'work-programme'],
  [/\b(?:took place|ha(?:s|ve)(?: already)? taken place|(?:is|are) now (?:complete|completed|in place)|work is now completed|point \d+ completed|(?:is|are) in place|^resolved\b)/i, 'completed'],
  [/\b(?:underway|is being|are being|working together|will develop|continue to develop|are planned|being completed|to be presented|will be incorporated|will be created|refresh)/i, 'in-progress'],
];

/** The status the response's words give, or 'open' when they give none. */
export function statusFromResponse(response: string | null | undefined): ImplementationStatus {
  const text = (response ?? '').trim();
  for (const [pattern, status] of RULES) if (pattern.test(text)) return status;
  return 'open';
}

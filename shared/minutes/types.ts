// The shape parseMinutes returns, exactly as ../shared/API.md names it, plus the parser's own inner types.

export type ParsedResolutionKind = 'recommendation' | 'action' | 'procedural';
export type ParsedAddressee = 'executive' | 'council' | 'committee' | 'officers' | 'partner';

export interface ParsedResolution {
  /** "a", "1", "ii" as printed, without brackets or dots; null if none. */
  label: string | null;
  /** The resolution's own words, label removed, lines re-joined (sub-points keep a line each). */
  text: string;
  kind: ParsedResolutionKind;
  addressee: ParsedAddressee | null;
  /** Why it was found: after a "Resolved" marker, in a labelled list with no marker, as an action line, as a decisions
   * list's summary line, or in the discussion, worded like a decision. */
  found?: 'after-marker' | 'labelled-list' | 'action-line' | 'summary' | 'narrative';
  /** The parser is less sure this is a resolution (the review shows it as less certain). */
  uncertain?: boolean;
}

export interface ParsedMinutesItem {
  /** The agenda item / minute number as printed, e.g. "181"; null if none is printed. */
  number: string | null;
  title: string | null;
  resolutions: ParsedResolution[];
  /** A count the minutes state for this item ("seven recommendations (a-g)"), with the words stating it. */
  statedCount?: { count: number; text: string };
}

export interface ParsedMinutes {
  committee: string | null;
  /** YYYY-MM-DD. */
  meetingDate: string | null;
  items: ParsedMinutesItem[];
}

/** One cleaned line of the minutes: page furniture gone, bold markers and odd spaces folded. */
export interface Line {
  /** Leading whitespace width (a tab counts 4): a hint that a line is a sub-point. */
  indent: number;
  /** The words, trimmed; '' for a blank line. */
  text: string;
  /** A row of a table (cells split by tabs or pipes): never a heading or a resolution. */
  table: boolean;
}

// The public API of the domain core (see ../shared/API.md): pure TypeScript, no Electron, Node or DOM.
export * from './model/types';
export * from './model/labels';
export { newId, nowIso } from './model/ids';
export { normaliseOutcome } from './model/outcomes';
export { normaliseStatus } from './model/statuses';
export { guessAddressee, owesResponse } from './model/infer';
export { formatLongDate, formatShortDate, isIsoDate, parseIsoDate, toIsoDate, todayIso } from './dates/format';
export { readInterchange, formatPath } from './interchange/readInterchange';
export { responseDueDate, STATUTORY_RULE, type DeadlineRule } from './clock/responseDueDate';
export * from './ipc/menuCommands';
export { indexWords, queryPrefixes } from './search/tokens';
export * from './ipc/contract';
export * from './docx/index';
export { parseMinutes, type ParsedMinutes, type ParsedMinutesItem, type ParsedResolution, type ParsedResolutionKind, type ParsedAddressee } from './minutes/index';
export { docxToText, decodeTextFile } from './documents/index';
export * from './chasing/index';

// The Word exports' public face: the three builders, what selects their content, and their option types.
export { buildAppendixDocx } from './appendix';
export { buildScheduleDocx } from './schedule';
export { buildResponsesDocx } from './responses';
export { selectForExport, findCommittee } from './select';
export type { ExportSelection, SelectedItem, SelectedMeeting, SelectionScope } from './select';
export {
  DEFAULT_APPENDIX_COLUMNS,
  DEFAULT_OUTCOME_LABELS,
  DEFAULT_RESPONSES_COLUMNS,
  DEFAULT_SCHEDULE_COLUMNS,
} from './options';
export type {
  AppendixColumns,
  AppendixOptions,
  CommonExportOptions,
  ExportFilter,
  ExportOrientation,
  ExportScope,
  LogoOptions,
  ResponsesColumns,
  ResponsesOptions,
  ScheduleColumns,
  ScheduleOptions,
} from './options';

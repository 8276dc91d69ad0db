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
export { buildFormatDocx } from './engine';
export { formatPeriod, periodOf, meetingLabel, labelPrefix } from './common';
export { fieldValue, type FieldContext } from './fields';
export type { FormatExportOptions } from './engine';
export {
  APPENDIX_FORMAT,
  BUILT_IN_FORMATS,
  FIELD_NAMES,
  FORMAT_FIELDS,
  GROUPINGS,
  ORDERS,
  PORTRAIT_WIDTHS,
  RESPONSES_FORMAT,
  SCHEDULE_FORMAT,
  checkFormat,
  formatSchema,
  parseFormat,
  serializeFormat,
} from './format';
export type { BuiltInFormat, ExportFormat, FormatColumn, FormatField, FormatGrouping, FormatOrder } from './format';
export { templatePlaceholders, TEMPLATE_PLACEHOLDERS as DOCX_TEMPLATE_PLACEHOLDERS } from './template';

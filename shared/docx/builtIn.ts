// The built-in formats as the three named builders take them: the seed's format with the officer's page, font, filter and headings laid over it.
import { BUILT_IN_FORMATS, PORTRAIT_WIDTHS, type BuiltInFormat, type ExportFormat } from './format';
import { resolveCommonOptions, type CommonExportOptions } from './options';

/** Checks the common options first, so their errors read as they always have, then lays them over the built-in format. */
export function builtInFormat(name: BuiltInFormat, options: CommonExportOptions, headings: readonly string[]): ExportFormat {
  const common = resolveCommonOptions(options);
  const base = BUILT_IN_FORMATS[name];
  const portrait = common.orientation === 'portrait';
  return {
    ...base,
    which: common.which,
    includeProcedural: common.includeProcedural,
    orientation: common.orientation,
    font: common.font,
    fontSize: common.fontSize,
    columns: base.columns.map((column, i) => ({
      ...column,
      heading: headings[i] ?? column.heading,
      width: portrait ? PORTRAIT_WIDTHS[name][i]! : column.width,
    })),
  };
}

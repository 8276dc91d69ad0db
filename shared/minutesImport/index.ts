// Importing minutes into a tracker that may already hold the meeting: the plan, and the recasing of titles.
export { planMinutesImport, type MinutesDifference, type MinutesImportEntry, type MinutesImportTarget } from './plan';
export { TITLE_STYLES, isCapitals, namesIn, recaseTitle, type TitleStyle } from './recase';
export { foldTitle, foldWords, likeness } from './fold';

export { formatOfFileName, readTableRecords, TableFileError, type TableFormat, type TableRecord } from './read-table-file';
export { intakeInput, type IntakeInput } from './intake-input';
export { messageLine, type RowError } from './row-error';
export { IntakeConflict, runIntake, type IntakeReport, type IntakeRequest, type RegistryIntakeKind } from './run-intake';

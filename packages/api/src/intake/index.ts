export { formatOfFileName, readTableRecords, TableFileError, type TableFormat, type TableRecord } from './read-table-file';
export { intakeInput, type IntakeInput } from './intake-input';
export { messageLine, type RowError } from './row-error';
export { IntakeConflict, runIntake, type IntakeReport, type IntakeRequest, type RegistryIntakeKind } from './run-intake';
export { intakeModule } from './intake-module';
export { intakeMatrix } from './intake.matrix';
export { INTAKE_ERROR_CODES, CONSOLE_UPLOAD_LIMIT_BYTES } from './intake-error-codes';

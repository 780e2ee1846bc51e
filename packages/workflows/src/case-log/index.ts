export { foldLog, type FoldedCase, type LogAnomaly, type LogFold } from './fold-log';

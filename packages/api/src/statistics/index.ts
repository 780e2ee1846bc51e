export { annualReport, annualReportRuns, checkReportYear, registryReportPart } from './annual-report-service';
export { reportDocx } from './report-docx';
export { reportHtml } from './report-html';
export { htmlToPdf } from '../consultation/report-pdf';
export { registryCubeOf, statisticsSnapshot } from './registry-statistics';
export { publishedTables } from './public-tables';
export { statColumnsOf } from './registry-statistics';
export { ruleJurisdictionOf } from '../rules/rule-jurisdiction';
export { publishRelease, runMonthlyRelease, STATISTICS_RELEASE_QUEUE } from './statistics-releases';

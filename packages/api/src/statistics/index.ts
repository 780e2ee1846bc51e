export { annualReport, annualReportRuns, checkReportYear } from './annual-report-service';
export { reportDocx } from './report-docx';
export { reportHtml } from './report-html';
export { htmlToPdf } from '../consultation/report-pdf';
export { registryCubeOf } from './registry-statistics';
export { publishedTables } from './public-tables';

/** Chart downloads as pages use them directly; ChartCard imports each module itself. */
export { rowsToCsv } from './csv';
export { download } from './download';
export { downloadName, servicesName } from './filename';

/** Chart downloads: table columns, CSV, standalone SVG, PNG and the file save. */
export { NOT_REPORTED, cellText, isMissing, type TableColumn, type TableRow } from './columns';
export { rowsToCsv } from './csv';
export { svgExport, svgForExport, sourceLine, wrapText, type ExportSource, type SvgExport, type SvgExportOptions } from './svg';
export { svgToPngBlob } from './png';
export { download } from './download';
export { downloadName, servicesName } from './filename';

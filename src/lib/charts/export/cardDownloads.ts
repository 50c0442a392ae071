/**
 * ChartCard's three downloads. The card imports this module on the first click of a download
 * button, not with the page: the CSV writer (d3-dsv), the standalone SVG and the PNG drawn from
 * it are about 3 KB of gzipped JavaScript that no first view runs.
 */
import { rowsToCsv } from './csv';
import { svgExport, type SvgExportOptions } from './svg';
import { svgToPngBlob } from './png';
import { download } from './download';
import type { TableColumn, TableRow } from './columns';

export function downloadCsv(filename: string, columns: readonly TableColumn[], rows: readonly TableRow[]): void {
	// The BOM lets spreadsheet programs read the file as UTF-8.
	download(filename, new Blob(['\ufeff', rowsToCsv(columns, rows)], { type: 'text/csv;charset=utf-8' }));
}

export function downloadSvg(filename: string, svg: SVGSVGElement, options: SvgExportOptions): void {
	download(filename, new Blob([svgExport(svg, options).svg], { type: 'image/svg+xml;charset=utf-8' }));
}

export async function downloadPng(filename: string, svg: SVGSVGElement, options: SvgExportOptions): Promise<void> {
	const file = svgExport(svg, options);
	download(filename, await svgToPngBlob(file.svg, file.width, file.height));
}

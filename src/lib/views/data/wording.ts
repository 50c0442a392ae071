/** The English of /data: the build date, file sizes, row counts. Pure. */
import { formatBytes } from '../../tables/catalogue';

/** "5 December 2026". */
export function builtWords(built: string): string {
	return new Date(built).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** " (12.3 kB)", or nothing when the size is not known. */
export function sizeWords(bytes: number | null): string {
	return bytes === null ? '' : ` (${formatBytes(bytes)})`;
}

/** "1,234 rows", "1 row". */
export function rowsWords(rows: number): string {
	return `${rows.toLocaleString('en-GB')} ${rows === 1 ? 'row' : 'rows'}`;
}

/**
 * Save a Blob as a file: a temporary `<a download>` with a Blob URL, clicked
 * from script (no inline handler, so it works under the strict CSP). The URL
 * is revoked a little later, not at once: some browsers still read it after
 * `click()` returns.
 */
const REVOKE_AFTER_MS = 10_000;

export function download(filename: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.rel = 'noopener';
	a.hidden = true;
	document.body.append(a);
	try {
		a.click();
	} finally {
		a.remove();
		setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
	}
}

/**
 * Every page of the production build, found by listing build/**\/*.html, so a
 * view added by anyone is covered by the security, resilience and a11y tests
 * without touching them.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BuiltPage {
	/** URL path, e.g. `/`, `/standards`, `/services/suffolk`. */
	path: string;
	/** The view it belongs to: `/services/*` for every service page, else the path itself. */
	view: string;
	/** The HTML file, relative to the build folder. */
	file: string;
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === '_app' ? [] : htmlFiles(full);
		return entry.name.endsWith('.html') ? [full] : [];
	});
}

/** trailingSlash 'never': `index.html` is `/`, `a/b.html` is `/a/b`. */
export function builtPages(buildDir = 'build'): BuiltPage[] {
	return htmlFiles(buildDir)
		.map((full) => relative(buildDir, full).split(sep).join('/'))
		.map((file) => {
			const path = file === 'index.html' ? '/' : `/${file.replace(/(\/index)?\.html$/, '')}`;
			const parts = path.split('/').filter(Boolean);
			const view = parts.length > 1 ? `/${parts.slice(0, -1).join('/')}/*` : path;
			return { path, view, file };
		})
		.sort((a, b) => a.path.localeCompare(b.path));
}

/** One page per view (the first in path order): enough where behaviour is per component, not per data. */
export function onePagePerView(pages: BuiltPage[] = builtPages()): BuiltPage[] {
	const seen = new Set<string>();
	return pages.filter((p) => !seen.has(p.view) && seen.add(p.view));
}

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
			// The route a page belongs to: its second segment is the parameter (a service's profile and its board pack are two views).
			const view = parts.length > 1 ? `/${parts.map((part, i) => (i === 1 ? '*' : part)).join('/')}` : path;
			return { path, view, file };
		})
		.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * One page per view (the first in path order): enough where behaviour is per component, not per data.
 * Without build/404.html, which `vite preview` does not serve (see sampledPages).
 */
export function onePagePerView(pages: BuiltPage[] = builtPages()): BuiltPage[] {
	const seen = new Set<string>();
	return pages.filter((p) => p.path !== '/404' && !seen.has(p.view) && seen.add(p.view));
}

/**
 * Service pages that each stand for a kind of page, for the tests that drive
 * a browser through every page (155 service pages would take most of an
 * hour on a 2-core machine): the five report services, a Welsh service, a
 * joint service of four authorities, a 2025-framework inspection, a service
 * with no inspection on record, and a service with inspections under both
 * frameworks. Checks that read the HTML files run on every page.
 */
export const SAMPLED_SERVICE_PAGES = [
	'east-sussex', 'hartlepool', 'suffolk', 'thurrock', 'west-sussex',
	'cardiff', 'west-mercia', 'derby', 'essex', 'wakefield'
].map((id) => `/services/${id}`);

/**
 * Every page, with the pages of each service (its profile and its board pack) cut to
 * SAMPLED_SERVICE_PAGES, and without
 * build/404.html: `vite preview` does not serve it (it renders its own error
 * page for /404), so register.test.ts opens it as a static host serves it.
 */
export function sampledPages(pages: BuiltPage[] = builtPages()): BuiltPage[] {
	const sampled = (p: BuiltPage) => SAMPLED_SERVICE_PAGES.some((s) => p.path === s || p.path.startsWith(`${s}/`));
	return pages.filter((p) => p.path !== '/404' && (!p.view.startsWith('/services/*') || sampled(p)));
}

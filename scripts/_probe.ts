import { chromium } from 'playwright-core';
import { preview } from 'vite';
const server = await preview({ preview: { port: 4191, strictPort: true }, logLevel: 'silent' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (let run = 0; run < 3; run++) {
	const ctx = await browser.newContext();
	await ctx.addInitScript(() => ((window as any).__yjsBench = true));
	const page = await ctx.newPage();
	const logs: [string, number][] = [];
	page.on('console', (m) => { const [t, what, at] = m.text().split(' '); if (t === 'T') logs.push([what, Number(at)]); });
	await page.goto('http://localhost:4191/');
	await page.waitForFunction(() => (window as any).__yjsDatabase?.status === 'ready', null, { timeout: 60000 });
	await page.waitForTimeout(300);
	const marks = await page.evaluate(() => ({ origin: performance.timeOrigin, marks: performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]), fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime }));
	const rel = logs.map(([w, at]) => [w, Math.round(at - marks.origin)]);
	console.log(JSON.stringify({ fcp: Math.round(marks.fcp ?? -1), marks: marks.marks, worker: rel }));
	await ctx.close();
}
await browser.close();
await server.close();

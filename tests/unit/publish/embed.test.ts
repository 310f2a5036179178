import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { embedCode, HEIGHT_MESSAGE } from '../../../src/lib/charts/export/embed-code';
import { embedSearch } from '../../../src/lib/components/share/embed-links';
import { embedViewId, isViewId } from '../../../src/lib/report/embed-views';
import { REPORT_VIEW_IDS } from '../../../src/lib/report/spec';
import { VIEW_CONTEXT } from '../../../src/lib/report/view-context';
import { TIMELINE_PARAMS } from '../../../src/lib/components/timeline/params';
import {
	EMBED_PREFIX,
	SELF_FRAMED_PATHS,
	frameAncestors,
	staticHeaders
} from '../../../csp.config.js';

describe('embed codes', () => {
	test('an iframe that fills its width, the title and address escaped', () => {
		const code = embedCode({
			src: 'https://atlas.example/embed/timeline?lang=en&prov=440000',
			title: 'Imports "by" <cohort> (Pilot Atlas)',
			height: 512.4,
			fit: false
		});
		expect(code).toBe(
			'<iframe src="https://atlas.example/embed/timeline?lang=en&#38;prov=440000" ' +
				'title="Imports &#34;by&#34; &#60;cohort&#62; (Pilot Atlas)" width="100%" height="512" ' +
				'loading="lazy" style="width:100%;min-width:280px;border:0" data-pilot-atlas-embed></iframe>'
		);
	});

	test("the fitting script takes heights from this site's origin and its own frame only", () => {
		const code = embedCode({
			src: 'https://atlas.example/embed/timeline',
			title: 't',
			height: 500,
			fit: true
		});
		expect(code).toContain('e.origin!=="https://atlas.example"');
		expect(code).toContain(`d.type!=="${HEIGHT_MESSAGE}"`);
		expect(code).toContain('f.contentWindow===e.source');
	});
});

describe('which chart is which view', () => {
	test('every registered view embeds under its own id; the map panels under theirs', () => {
		for (const id of REPORT_VIEW_IDS) expect(embedViewId(id)).toBe(id);
		expect(embedViewId('expansion-map')).toBe('map-expansion');
		expect(embedViewId('province-tiles')).toBe('map-tiles');
		expect(embedViewId('city-series')).toBeNull();
		expect(isViewId('timeline')).toBe(true);
		expect(isViewId('<script>')).toBe(false);
		expect(isViewId('constructor')).toBe(false);
	});

	test('each view links back to an analysis page that exists', () => {
		for (const id of REPORT_VIEW_IDS) {
			const page = VIEW_CONTEXT[id].page;
			const dir = join('src/routes', page, '+page.svelte');
			expect(statSync(dir).isFile(), `${id} → ${page}`).toBe(true);
		}
	});
});

describe("an embed's query string", () => {
	test("carries the view's valid parameters, the filters it applies and the language, nothing else", () => {
		const state = new URLSearchParams(
			'scale=index&align=join&sort=share&prov=440000&from=2021-01&to=2023-12&junk=%3Cscript%3E&lang=en'
		);
		const search = embedSearch('timeline', state, TIMELINE_PARAMS, 'zh');
		expect(Object.fromEntries(search)).toEqual({
			lang: 'zh',
			scale: 'index',
			align: 'join',
			from: '2021-01',
			prov: '440000',
			to: '2023-12'
		});
	});

	test('an invalid value of a view parameter stays behind', () => {
		const search = embedSearch('timeline', new URLSearchParams('scale=<b>'), TIMELINE_PARAMS, 'en');
		expect(search.has('scale')).toBe(false);
	});

	test('a view that reads no filters carries none', () => {
		const search = embedSearch('pilot-count', new URLSearchParams('prov=440000'), [], 'en');
		expect(Object.fromEntries(search)).toEqual({ lang: 'en' });
	});

	test('a violations view leaves out the goods category and the metric', () => {
		const state = new URLSearchParams('cat=beauty&metric=orders&phase=p2018');
		const search = embedSearch('compliance-funnel', state, [], 'en');
		expect(Object.fromEntries(search)).toEqual({ lang: 'en', phase: 'p2018' });
	});
});

describe('who may frame a page', () => {
	test('any site may frame an embed; every other page only this site', () => {
		expect(frameAncestors('/embed/timeline')).toBe('frame-ancestors *');
		expect(frameAncestors('/timeline')).toBe("frame-ancestors 'self'");
		expect(frameAncestors('/')).toBe("frame-ancestors 'self'");
		expect(frameAncestors('/embedded')).toBe("frame-ancestors 'self'");
	});

	test('static/_headers is written from csp.config.js', () => {
		expect(readFileSync('static/_headers', 'utf8')).toBe(staticHeaders());
	});

	test('every page of the site has exactly one rule in static/_headers', () => {
		const pages: string[] = [];
		const walk = (dir: string, path: string) => {
			for (const name of readdirSync(dir)) {
				const full = join(dir, name);
				if (statSync(full).isDirectory()) walk(full, `${path}/${name}`);
				else if (name === '+page.svelte') pages.push(path || '/');
			}
		};
		walk('src/routes', '');
		const matches = (pattern: string, page: string) =>
			pattern.endsWith('/*')
				? page.startsWith(pattern.slice(0, -1))
				: pattern === page || (pattern === '/' && page === '/');
		const patterns = [...SELF_FRAMED_PATHS, `${EMBED_PREFIX}*`];
		for (const page of pages)
			expect(
				patterns.filter((p) => matches(p, page)),
				page
			).toHaveLength(1);
	});
});

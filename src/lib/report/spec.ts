/**
 * A report as a document the analyst keeps: title, author, date, language, page orientation and
 * an ordered list of blocks (headings, Markdown text, views with their own filters). Parsing
 * validates untrusted JSON (a file, a shared link) and never throws.
 */

export const REPORT_VIEW_IDS = [
	'phase-cards',
	'pilot-count',
	'timeline',
	'period-summary',
	'event-study',
	'join-growth',
	'category-mix',
	'category-diff',
	'category-trend',
	'category-channel',
	'compliance-summary',
	'compliance-cohort-trend',
	'compliance-type-trend',
	'compliance-funnel',
	'city-league'
] as const;
export type ReportViewId = (typeof REPORT_VIEW_IDS)[number];

export type BlockShow = 'chart' | 'table' | 'both';

export type ReportBlock =
	| { id: string; kind: 'heading'; text: string }
	| { id: string; kind: 'text'; markdown: string }
	| { id: string; kind: 'view'; view: ReportViewId; params: string; show: BlockShow };

export interface ReportSpec {
	version: 1;
	title: string;
	author: string;
	date: string;
	lang: 'en' | 'zh';
	orientation: 'portrait' | 'landscape';
	blocks: ReportBlock[];
}

export const LIMITS = {
	title: 200,
	author: 120,
	heading: 200,
	markdown: 20_000,
	params: 2_000,
	blocks: 60
};

/** A new, empty report dated `date` (YYYY-MM-DD). */
export function emptyReport(date: string, lang: 'en' | 'zh' = 'en'): ReportSpec {
	return { version: 1, title: '', author: '', date, lang, orientation: 'portrait', blocks: [] };
}

const str = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : null);
const oneOf = <T extends string>(v: unknown, options: readonly T[]): T | null =>
	typeof v === 'string' && (options as readonly string[]).includes(v) ? (v as T) : null;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[A-Za-z0-9_-]{1,40}$/;

function parseBlock(raw: unknown, index: number): ReportBlock | string {
	if (typeof raw !== 'object' || raw === null) return `block ${index + 1} is not an object`;
	const b = raw as Record<string, unknown>;
	const id = typeof b.id === 'string' && ID.test(b.id) ? b.id : `b${index + 1}`;
	if (b.kind === 'heading') {
		const text = str(b.text, LIMITS.heading);
		return text === null
			? `block ${index + 1}: a heading needs text`
			: { id, kind: 'heading', text };
	}
	if (b.kind === 'text') {
		const markdown = str(b.markdown, LIMITS.markdown);
		return markdown === null
			? `block ${index + 1}: text needs markdown`
			: { id, kind: 'text', markdown };
	}
	if (b.kind === 'view') {
		const view = oneOf(b.view, REPORT_VIEW_IDS);
		if (!view) return `block ${index + 1}: unknown view “${String(b.view).slice(0, 40)}”`;
		const params = str(b.params ?? '', LIMITS.params) ?? '';
		const show = oneOf(b.show, ['chart', 'table', 'both'] as const) ?? 'chart';
		return { id, kind: 'view', view, params: params.replace(/^\?/, ''), show };
	}
	return `block ${index + 1}: unknown kind “${String(b.kind).slice(0, 40)}”`;
}

/** Validates untrusted JSON as a report; a readable error instead of an exception. */
export function parseReportSpec(raw: unknown): { spec: ReportSpec } | { error: string } {
	if (typeof raw !== 'object' || raw === null)
		return { error: 'The file is not a report (no JSON object).' };
	const r = raw as Record<string, unknown>;
	if (r.version !== 1)
		return { error: 'The report has no version 1 marker; it is not a Pilot Atlas report.' };
	if (!Array.isArray(r.blocks)) return { error: 'The report has no list of blocks.' };
	if (r.blocks.length > LIMITS.blocks)
		return { error: `A report holds at most ${LIMITS.blocks} blocks.` };
	const blocks: ReportBlock[] = [];
	for (const [i, b] of r.blocks.entries()) {
		const parsed = parseBlock(b, i);
		if (typeof parsed === 'string') return { error: `The report is damaged: ${parsed}.` };
		blocks.push(parsed);
	}
	const ids = new Set<string>();
	for (const b of blocks) {
		if (ids.has(b.id)) b.id = `${b.id}-${ids.size}`;
		ids.add(b.id);
	}
	return {
		spec: {
			version: 1,
			title: str(r.title, LIMITS.title) ?? '',
			author: str(r.author, LIMITS.author) ?? '',
			date: typeof r.date === 'string' && DATE.test(r.date) ? r.date : '1970-01-01',
			lang: oneOf(r.lang, ['en', 'zh'] as const) ?? 'en',
			orientation: oneOf(r.orientation, ['portrait', 'landscape'] as const) ?? 'portrait',
			blocks
		}
	};
}

/** The spec as text for a file. */
export function serialiseReportSpec(spec: ReportSpec): string {
	return `${JSON.stringify(spec, null, 2)}\n`;
}

/** The spec packed for a link's fragment: base64url of UTF-8 JSON. */
export function encodeSpecForLink(spec: ReportSpec): string {
	const bytes = new TextEncoder().encode(JSON.stringify(spec));
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** Unpacks a link fragment; an error for anything that is not a valid report. */
export function decodeSpecFromLink(text: string): { spec: ReportSpec } | { error: string } {
	try {
		const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
		const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
		return parseReportSpec(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
	} catch {
		return { error: 'The link does not hold a readable report.' };
	}
}

/** The file name a report's JSON is saved under. */
export function reportFileName(spec: ReportSpec): string {
	const slug = spec.title
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 60);
	return `pilot-atlas-report-${slug || 'untitled'}-${spec.date}.json`;
}

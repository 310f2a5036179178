/**
 * Global filters and their URL form: the URL is the one source of truth. Parsing drops anything
 * malformed or unknown (with a notice for the user); serialising writes only what differs from the
 * defaults, in a canonical order, so equal filters always give equal URLs.
 */
import { CHANNELS, PHASE_FILTER_VALUES } from '../schema';
import { isMonth } from './months';
import { METRICS, type Metric } from './metrics';

export { isMonth, METRICS, type Metric };

export interface Filters {
	readonly phases: readonly string[];
	readonly provinces: readonly string[];
	readonly cities: readonly string[];
	readonly categories: readonly string[];
	readonly channels: readonly string[];
	readonly from: string | null;
	readonly to: string | null;
	readonly metric: Metric;
}

export const DEFAULT_FILTERS: Filters = {
	phases: [],
	provinces: [],
	cities: [],
	categories: [],
	channels: [],
	from: null,
	to: null,
	metric: 'value'
};

/** The values a parameter may take; anything else is dropped with a notice. */
export interface FilterDomain {
	readonly provinces: ReadonlySet<string>;
	readonly cities: ReadonlySet<string>;
	readonly categories: ReadonlySet<string>;
	readonly firstMonth: string;
	readonly lastMonth: string;
}

/** URL parameter names, stable from the first release (see the README). */
export const FILTER_PARAMS = {
	phases: 'phase',
	provinces: 'prov',
	cities: 'city',
	categories: 'cat',
	channels: 'ch',
	from: 'from',
	to: 'to',
	metric: 'metric'
} as const satisfies Record<keyof Filters, string>;

export type FilterKey = keyof Filters;

export interface Notice {
	readonly param: string;
	readonly value: string;
	/** 'range': outside the data's months; 'reversed': `from` after `to` (value is `from`, other is `to`). */
	readonly reason: 'unknown-param' | 'bad-value' | 'range' | 'reversed' | 'duplicate';
	readonly other?: string;
}

const MAX_LIST = 200;
const MAX_VALUE_LENGTH = 80;

function parseList(
	raw: string | null,
	allowed: (v: string) => boolean,
	param: string,
	notices: Notice[]
): string[] {
	if (raw === null || raw === '') return [];
	const out: string[] = [];
	for (const value of raw.split(',').slice(0, MAX_LIST)) {
		const v = value.trim();
		if (v === '') continue;
		if (v.length > MAX_VALUE_LENGTH || !allowed(v))
			notices.push({ param, value: v, reason: 'bad-value' });
		else if (!out.includes(v)) out.push(v);
	}
	return out.sort();
}

function parseMonth(raw: string | null, domain: FilterDomain, param: string, notices: Notice[]) {
	if (raw === null || raw === '') return null;
	if (!isMonth(raw)) {
		notices.push({ param, value: raw, reason: 'bad-value' });
		return null;
	}
	if (raw < domain.firstMonth || raw > domain.lastMonth) {
		notices.push({ param, value: raw, reason: 'range' });
		return null;
	}
	return raw;
}

/**
 * Reads filters from URL parameters. `viewParams` are the extra parameter names the current view
 * understands; any other unknown parameter is reported.
 */
export function parseFilters(
	params: URLSearchParams,
	domain: FilterDomain,
	viewParams: readonly string[] = []
): { filters: Filters; notices: Notice[] } {
	const notices: Notice[] = [];
	const known = new Set<string>([...Object.values(FILTER_PARAMS), ...viewParams]);
	const seen = new Set<string>();
	for (const [name, value] of params) {
		if (!known.has(name)) notices.push({ param: name, value, reason: 'unknown-param' });
		else if (seen.has(name)) notices.push({ param: name, value, reason: 'duplicate' });
		seen.add(name);
	}
	const get = (k: FilterKey) => params.get(FILTER_PARAMS[k]);
	let from = parseMonth(get('from'), domain, FILTER_PARAMS.from, notices);
	let to = parseMonth(get('to'), domain, FILTER_PARAMS.to, notices);
	if (from && to && from > to) {
		notices.push({ param: 'from', value: from, reason: 'reversed', other: to });
		from = null;
		to = null;
	}
	const metricRaw = get('metric');
	const metric = (METRICS as readonly string[]).includes(metricRaw ?? '')
		? (metricRaw as Metric)
		: 'value';
	if (metricRaw !== null && metric !== metricRaw)
		notices.push({ param: 'metric', value: metricRaw, reason: 'bad-value' });
	const filters: Filters = {
		phases: parseList(get('phases'), (v) => PHASE_FILTER_VALUES.includes(v), 'phase', notices),
		provinces: parseList(get('provinces'), (v) => domain.provinces.has(v), 'prov', notices),
		cities: parseList(get('cities'), (v) => domain.cities.has(v), 'city', notices),
		categories: parseList(get('categories'), (v) => domain.categories.has(v), 'cat', notices),
		channels: parseList(
			get('channels'),
			(v) => (CHANNELS as readonly string[]).includes(v),
			'ch',
			notices
		),
		from,
		to,
		metric
	};
	return { filters, notices };
}

/**
 * Writes filters into a copy of `base` (keeping its other parameters): only non-default values,
 * lists sorted and comma-joined.
 */
export function serialiseFilters(filters: Filters, base = new URLSearchParams()): URLSearchParams {
	const out = new URLSearchParams(base);
	for (const key of Object.keys(FILTER_PARAMS) as FilterKey[]) {
		const name = FILTER_PARAMS[key];
		const value = filters[key];
		out.delete(name);
		if (Array.isArray(value)) {
			if (value.length > 0) out.set(name, [...value].sort().join(','));
		} else if (value !== null && value !== DEFAULT_FILTERS[key]) {
			out.set(name, String(value));
		}
	}
	out.sort();
	return out;
}

/** True when no filter narrows the data (the metric does not count). */
export function isUnfiltered(filters: Filters): boolean {
	return (
		filters.phases.length === 0 &&
		filters.provinces.length === 0 &&
		filters.cities.length === 0 &&
		filters.categories.length === 0 &&
		filters.channels.length === 0 &&
		filters.from === null &&
		filters.to === null
	);
}

/**
 * Matches an analyst's boundary features to the reference by GB/T 2260 code: finds the property
 * holding the code, normalises it, decides whether the file is of provinces or of cities, and
 * reports features that match nothing.
 */
import { BoundaryFileError, type PolygonFeature } from './boundary-file';
import { provinceOf } from './province-tiles';

/** Property names tried first, in order (case-insensitive). */
export const CODE_PROPERTIES = [
	'adcode',
	'code',
	'gb',
	'gbcode',
	'gb_code',
	'admin_code',
	'adm_code',
	'id'
];
const NAME_PROPERTIES = ['name', 'name_zh', 'name_en', 'fullname'];

/** A 6-digit GB/T 2260 code from 2-, 4-, 6-, 9- or 12-digit forms; null when it is none. */
export function normaliseCode(value: unknown): string | null {
	const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
	if (typeof text !== 'string' || !/^\d+$/.test(text.trim())) return null;
	const digits = text.trim();
	if (digits.length === 2) return `${digits}0000`;
	if (digits.length === 4) return `${digits}00`;
	if (digits.length === 6) return digits;
	if ((digits.length === 9 || digits.length === 12) && /^0+$/.test(digits.slice(6)))
		return digits.slice(0, 6);
	return null;
}

/** The property whose values are codes for most features; throws when none is. */
export function detectCodeProperty(features: readonly PolygonFeature[]): string {
	const keys = [...new Set(features.flatMap((f) => Object.keys(f.properties)))];
	const share = (key: string) =>
		features.filter((f) => normaliseCode(f.properties[key]) !== null).length / features.length;
	const ranked = [
		...CODE_PROPERTIES.flatMap((c) => keys.filter((k) => k.toLowerCase() === c)),
		...keys
	];
	const found = ranked.find((k) => share(k) >= 0.5);
	if (!found)
		throw new BoundaryFileError(
			'No property holds GB/T 2260 codes (such as 110000 for Beijing). Looked for ' +
				`${CODE_PROPERTIES.join(', ')} and every other property: ${keys.join(', ') || 'none'}.`
		);
	return found;
}

export interface MatchedFeature {
	feature: PolygonFeature;
	code: string;
	name: string;
}

export interface BoundaryMatch {
	level: 'province' | 'city';
	codeProperty: string;
	matched: MatchedFeature[];
	/** Features whose code is not in the reference (drawn grey), or is not a code at all. */
	unmatched: { feature: PolygonFeature; code: string | null; name: string }[];
	/** Reference places the file has no shape for. */
	missing: string[];
}

/** Matches features to reference province codes or city codes, whichever the file holds. */
export function matchBoundaries(
	features: readonly PolygonFeature[],
	reference: { provinces: readonly string[]; cities: readonly string[] }
): BoundaryMatch {
	const codeProperty = detectCodeProperty(features);
	const rows = features.map((feature, i) => ({
		feature,
		code: normaliseCode(feature.properties[codeProperty]),
		name: featureName(feature, i)
	}));
	const codes = rows.flatMap((r) => (r.code ? [r.code] : []));
	const level = codes.every((c) => c.endsWith('0000')) ? 'province' : 'city';
	const known = new Set(level === 'province' ? reference.provinces : reference.cities);
	const provinces = new Set(reference.provinces);
	const matched: MatchedFeature[] = [];
	const unmatched: BoundaryMatch['unmatched'] = [];
	for (const r of rows) {
		if (r.code && known.has(r.code))
			matched.push({ feature: r.feature, code: r.code, name: r.name });
		else {
			const valid = r.code !== null && provinces.has(provinceOf(r.code));
			unmatched.push({ feature: r.feature, code: valid ? r.code : null, name: r.name });
		}
	}
	if (matched.length === 0)
		throw new BoundaryFileError(
			`None of the ${features.length} features has a ${level} code of the reference list ` +
				`(codes read from "${codeProperty}", e.g. ${codes.slice(0, 3).join(', ') || 'none'}).`
		);
	const have = new Set(matched.map((m) => m.code));
	return {
		level,
		codeProperty,
		matched,
		unmatched,
		missing: [...known].filter((c) => !have.has(c))
	};
}

function featureName(feature: PolygonFeature, index: number): string {
	const props = feature.properties;
	const key = Object.keys(props).find((k) => NAME_PROPERTIES.includes(k.toLowerCase()));
	const value = key ? props[key] : undefined;
	return typeof value === 'string' && value ? value : `feature ${index + 1}`;
}

/**
 * Single numbers, one place for the whole product, per locale: ¥1.23 bn / 12.3亿元. Missing values
 * render as an en dash so a gap is never mistaken for a zero. A column, tooltip or axis of numbers
 * is formatted together by column.ts instead (one unit and one number of decimals for all).
 */
import { format as d3format } from 'd3';
import { formatValue } from './column';
import { MISSING, type Locale } from './units';

export { MISSING, type Locale };

const isMissing = (v: number | null | undefined): v is null | undefined =>
	v === null || v === undefined || !Number.isFinite(v);

/** A yuan amount at a readable scale: ¥56.6 bn, ¥830 m; 566亿元, 83万元. */
export function formatCny(value: number | null | undefined, locale: Locale = 'en'): string {
	return formatValue(value, 'cny', locale);
}

/** A whole count with thousands separators: 12,345 / 12,345. */
export function formatCount(value: number | null | undefined): string {
	return isMissing(value) ? MISSING : d3format(',.0f')(value);
}

/** A signed percentage change: +16.9% / −0.8%. Input is a ratio (0.169). */
export function formatChange(ratio: number | null | undefined): string {
	if (isMissing(ratio)) return MISSING;
	return d3format('+.1%')(ratio).replace('-', '−');
}

/** A share: 28.4%. Input is a ratio. */
export function formatShare(ratio: number | null | undefined): string {
	return isMissing(ratio) ? MISSING : d3format('.1%')(ratio);
}

/** A rate per 10,000 orders: 2.61 / 0.087. */
export function formatRate(value: number | null | undefined): string {
	return isMissing(value) ? MISSING : d3format('.3~r')(value);
}

/**
 * A difference of two shares in percentage points: +1.2 pp / +1.2个百分点 (input is a ratio,
 * 0.012). `unit: false` for axis ticks, whose units line names the unit.
 */
export function formatPoints(
	diff: number | null | undefined,
	locale: Locale = 'en',
	{ unit = true }: { unit?: boolean } = {}
): string {
	if (isMissing(diff)) return MISSING;
	const raw = d3format('+.1f')(diff * 100).replace('-', '−');
	const pp = raw === '+0.0' || raw === '−0.0' ? '0.0' : raw;
	if (!unit) return pp;
	return locale === 'zh' ? `${pp}个百分点` : `${pp} pp`;
}

/**
 * Number formats, one place for the whole product, per locale: ¥1.23 bn / 12.3亿元. Missing values
 * render as an en dash so a gap is never mistaken for a zero.
 */
import { format as d3format } from 'd3';

export type Locale = 'en' | 'zh';
export const MISSING = '–';

const isMissing = (v: number | null | undefined): v is null | undefined =>
	v === null || v === undefined || !Number.isFinite(v);

/** A yuan amount at a readable scale: ¥56.6 bn, ¥830 m; 566亿元, 8300万元. */
export function formatCny(value: number | null | undefined, locale: Locale = 'en'): string {
	if (isMissing(value)) return MISSING;
	const abs = Math.abs(value);
	if (locale === 'zh') {
		if (abs >= 1e8) return `${trim(value / 1e8)}亿元`;
		if (abs >= 1e4) return `${trim(value / 1e4)}万元`;
		return `${trim(value)}元`;
	}
	if (abs >= 1e12) return `¥${trim(value / 1e12)} trn`;
	if (abs >= 1e9) return `¥${trim(value / 1e9)} bn`;
	if (abs >= 1e6) return `¥${trim(value / 1e6)} m`;
	if (abs >= 1e3) return `¥${trim(value / 1e3)} k`;
	return `¥${trim(value)}`;
}

/** Three significant digits, no trailing zeros: 56.59 → 56.6, 100.5 → 101 … but 1.20 → 1.2. */
function trim(value: number): string {
	return d3format('.3~r')(value);
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

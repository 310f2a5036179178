/**
 * Units as analysts' files state them — in a header ("金额（万元）", "value (10,000 yuan)"), in a
 * title row ("单位：万元", "Unit: 100 million yuan") or in the cell itself ("1591.76万", "1.2亿",
 * "¥15,917,600.00") — read into a multiplier to the contract's unit (yuan, orders). Nothing here
 * guesses: text without a recognised unit has none, and the page shows what was found.
 */

export type UnitKind = 'money' | 'count' | 'scale';

export interface Unit {
	readonly factor: number;
	readonly kind: UnitKind;
	/** The words that were recognised, for the confirmation ("万元", "10,000 yuan"). */
	readonly label: string;
}

const MONEY = '(?:元|yuan|cny|rmb|renminbi|¥|￥)';
const COUNT = '(?:单|件|票|笔|个|orders?|cases?|parcels?|declarations?)';

/** Scale words → factor; longest alternatives first, so "ten thousand" is not read as "thousand". */
const SCALES: readonly [RegExp, number][] = [
	[/十亿|billion|\bbn\b/, 1e9],
	[/亿|億|100\s*million|hundred\s*million|\b100,?000,?000\b/, 1e8],
	[
		/百万|million|\bmn\b|\bmm\b|\bm\b(?=\s*(?:yuan|cny|rmb))|(?:yuan|cny|rmb)\s*m\b|\b1,?000,?000\b/,
		1e6
	],
	[/万|萬|ten[\s-]*thousand|\b10\s*,?\s*000\b|\b10\s*k\b/, 1e4],
	[/千|thousand|\bk\b|\b1\s*,?\s*000\b|'000/, 1e3]
];

/** The unit a piece of text states, or null. "万元" → ×10,000 money; "(orders)" → ×1 count. */
export function unitOf(text: string): Unit | null {
	const h = text.toLowerCase().replace(/\s+/g, ' ');
	const money = new RegExp(MONEY).test(h);
	const count = new RegExp(COUNT).test(h);
	for (const [pattern, factor] of SCALES) {
		const m = pattern.exec(h);
		if (m) {
			const kind: UnitKind = money ? 'money' : count ? 'count' : 'scale';
			return { factor, kind, label: text.trim() };
		}
	}
	if (money) return { factor: 1, kind: 'money', label: text.trim() };
	if (count) return { factor: 1, kind: 'count', label: text.trim() };
	return null;
}

/** The bracketed or trailing unit of a header: '金额（万元）' → 万元; 'value, 10k yuan' → 10k yuan. */
export function headerUnit(header: string): Unit | null {
	const bracket = /[(（[【]([^)）\]】]*)[)）\]】]/.exec(header);
	if (bracket) return unitOf(bracket[1]!);
	const tail = /(?:[,，:：]|\bin\b)\s*(.+)$/i.exec(header);
	if (tail) return unitOf(tail[1]!);
	// A bare header states a unit only through a scale word ('金额万元'); '订单数' states none.
	const bare = unitOf(header);
	return bare && bare.factor !== 1 ? bare : null;
}

const TITLE_UNIT =
	/(?:单位|計量單位|计量单位|金额单位|价值单位|units?|in)\s*[:：]?\s*([^;；,，。]+)/i;

/** A unit stated in a title row above the table ("单位：万元"), or null. */
export function titleUnit(titles: readonly string[]): (Unit & { title: string }) | null {
	for (const title of titles) {
		const m = TITLE_UNIT.exec(title);
		const unit = m ? unitOf(m[1]!) : null;
		if (unit && unit.kind !== 'count') return { ...unit, title };
	}
	return null;
}

/** A number cell that carries its own unit: '1591.76万' → 1591.76 × 1e4; '¥15,917,600.00' → ×1. */
export interface CellUnit {
	readonly number: string;
	readonly factor: number;
	readonly label: string;
}

const CELL =
	/^(?:¥|￥|rmb|cny)?\s*([-+(]?[\d.,\s]+\)?)\s*(亿元|億元|万元|萬元|千元|亿|億|万|萬|千|元|bn|mn|m|k|billion|million|thousand)?\s*(?:元|yuan|cny|rmb)?$/i;

const CELL_FACTORS: Readonly<Record<string, number>> = {
	亿元: 1e8,
	億元: 1e8,
	亿: 1e8,
	億: 1e8,
	万元: 1e4,
	萬元: 1e4,
	万: 1e4,
	萬: 1e4,
	千元: 1e3,
	千: 1e3,
	元: 1,
	bn: 1e9,
	billion: 1e9,
	mn: 1e6,
	m: 1e6,
	million: 1e6,
	k: 1e3,
	thousand: 1e3
};

/** Splits a cell into its number and its own unit; null when the cell states no unit or currency. */
export function cellUnit(text: string): CellUnit | null {
	const t = text.trim();
	if (!/[^\d.,\s()+-]/.test(t)) return null;
	const m = CELL.exec(t);
	if (!m) return null;
	const word = m[2]?.toLowerCase();
	const hasCurrency = /^(¥|￥|rmb|cny)|(元|yuan|cny|rmb)$/i.test(t);
	if (!word && !hasCurrency) return null;
	return {
		number: m[1]!.replace(/\s/g, ''),
		factor: word ? (CELL_FACTORS[word] ?? CELL_FACTORS[m[2]!] ?? 1) : 1,
		label: word ? m[2]! : (t.match(/^(¥|￥|rmb|cny)/i)?.[0] ?? '元')
	};
}

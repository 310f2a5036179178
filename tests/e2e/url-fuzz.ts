/**
 * Seeded random and malformed query strings for the URL fuzz test: real parameter names with good,
 * bad and hostile values, unknown names, broken percent-encoding, odd separators, huge values.
 */

/** mulberry32: a small seeded PRNG, so every run fuzzes the same 1,000 URLs. */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const NAMES = [
	'phase',
	'prov',
	'city',
	'cat',
	'ch',
	'from',
	'to',
	'metric',
	'lang',
	'scale',
	'align',
	'study',
	'month',
	'q',
	'table',
	'',
	'__proto__',
	'constructor',
	'PHASE',
	'lang[]',
	'from%00',
	'%'
];
const GOOD = [
	't2016',
	'p2018',
	'p2020',
	'p2021',
	'330000',
	'440000',
	'330100',
	'440300',
	'x-xiongan',
	'beauty',
	'food',
	'infant',
	'1210',
	'9610',
	'2019-01',
	'2021-03',
	'2023-12',
	'value',
	'orders',
	'aov',
	'zh',
	'en',
	'index',
	'share',
	'per-city',
	'join',
	'yoy'
];
const BAD = [
	'',
	',',
	',,,',
	'%',
	'%zz',
	'%E0%A4%A',
	'%00',
	'\u0000',
	'😀',
	'\u202Eevil',
	'0',
	'-1',
	'NaN',
	'Infinity',
	'1e309',
	'9999-99',
	'2021-13',
	'2021-00',
	'2030-01',
	'1999-12',
	'[]',
	'{}',
	'null',
	'undefined',
	'true',
	'../../etc/passwd',
	'javascript:alert(1)',
	' ',
	'+',
	'=',
	'==',
	'&',
	'?',
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	"' OR 1=1--",
	"'; DROP TABLE imports;--",
	'1); SELECT * FROM imports; --',
	'${7*7}',
	'{{7*7}}',
	'汉字',
	'ＺＨ'
];

/** One random query string (without the '?'). */
export function randomQuery(rand: () => number): string {
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
	const value = (): string => {
		const r = rand();
		if (r < 0.35) return pick(GOOD);
		if (r < 0.75) return pick(BAD);
		if (r < 0.9)
			return Array.from({ length: 1 + Math.floor(rand() * 5) }, () => pick([...GOOD, ...BAD])).join(
				','
			);
		if (r < 0.97)
			return String.fromCharCode(
				...Array.from(
					{ length: 1 + Math.floor(rand() * 30) },
					() => 1 + Math.floor(rand() * 0x2fff)
				)
			);
		return 'x'.repeat(1_000 + Math.floor(rand() * 9_000));
	};
	const encode = (s: string) =>
		rand() < 0.5 ? encodeURIComponent(s) : s.replace(/[#&]/g, encodeURIComponent);
	const parts = Array.from({ length: Math.floor(rand() * 6) }, () => {
		const r = rand();
		if (r < 0.08) return pick(['&', '=', '==', '&&', 'a', '%', '=%']);
		return `${encode(pick(NAMES))}=${encode(value())}`;
	});
	return parts.join(rand() < 0.9 ? '&' : pick([';', '&&', '&amp;']));
}

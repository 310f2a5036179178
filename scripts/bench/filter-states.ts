/**
 * A seeded sequence of distinct filter states for the timeline (as URL search strings), each one
 * filter away from the one before, as an analyst clicks: phase, category, channel, metric, months.
 */
import { createRng } from '../generate/prng';

const PHASES = ['t2016', 't2017', 'p2018', 'p2020', 'p2021'];
const CATEGORIES = ['beauty', 'food', 'infant', 'health', 'apparel', 'bags', 'wine', 'electronics'];
const CHANNELS = ['1210', '9610'];
const METRICS = ['value', 'orders'];

interface State {
	phase: string[];
	cat: string[];
	ch: string[];
	metric: string;
	from: string | null;
}

function month(index: number): string {
	return `${2016 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function search(s: State): string {
	const p = new URLSearchParams();
	if (s.phase.length) p.set('phase', s.phase.join(','));
	if (s.cat.length) p.set('cat', s.cat.join(','));
	if (s.ch.length) p.set('ch', s.ch.join(','));
	if (s.metric !== 'value') p.set('metric', s.metric);
	if (s.from) p.set('from', s.from);
	const text = p.toString().replaceAll('%2C', ',');
	return text ? `?${text}` : '';
}

const toggle = (list: string[], v: string) =>
	list.includes(v) ? list.filter((x) => x !== v) : [...list, v].sort();

/** `count` distinct states (the default view excluded), reproducible from `seed`. */
export function filterStates(count: number, seed = 'bench'): string[] {
	const rng = createRng(seed, 'filter-states');
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng.next() * xs.length)]!;
	let s: State = { phase: [], cat: [], ch: [], metric: 'value', from: null };
	const seen = new Set([search(s)]);
	const out: string[] = [];
	while (out.length < count) {
		const next = { ...s };
		const kind = pick(['phase', 'cat', 'ch', 'metric', 'from'] as const);
		if (kind === 'phase') next.phase = toggle(s.phase, pick(PHASES));
		if (kind === 'cat') next.cat = toggle(s.cat, pick(CATEGORIES));
		if (kind === 'ch') next.ch = toggle(s.ch, pick(CHANNELS));
		if (kind === 'metric') next.metric = s.metric === 'value' ? pick(METRICS) : 'value';
		if (kind === 'from') next.from = month(Math.floor(rng.next() * 108));
		const text = search(next);
		if (seen.has(text) || next.ch.length === 2) continue;
		seen.add(text);
		out.push(text);
		s = next;
	}
	return out;
}

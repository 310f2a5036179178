/**
 * A chart as a standalone image that says what it shows without the app around it: above the
 * chart its title, the filters in words, units, the brushed range and the legend; below it the
 * key to its numbered events, notes, source, whose data it is, the data version and export date,
 * and the view's address. All inside one SVG, so nothing is lost when the image is pasted into a
 * report. A chart with no data is drawn as a box that says so. Pure string work; the DOM side is
 * in chart-image.ts.
 */
import { PRINT_COLOURS as INK } from '../palette';
import { textWidth } from '../text-width';

export interface ChartCaption {
	/** The language of the words (the font and the SVG's `xml:lang` follow it). */
	readonly lang?: 'en' | 'zh';
	readonly title: string;
	/** The filters in words. */
	readonly subtitle?: string;
	readonly units: string;
	/** The brushed range, labelled ("Selected: Jan 2021–Dec 2023"). */
	readonly range?: string;
	/** The colour the brushed range is drawn in, for its key. */
	readonly rangeColour?: string;
	/** Legend entries drawn as HTML beside the chart, carried into the image. */
	readonly legend?: readonly { readonly label: string; readonly colour: string }[];
	/** The key to the numbered event markers, one entry per event ("① Jan 2016 · …"). */
	readonly events?: readonly string[];
	readonly eventsHeading?: string;
	/** The key to the shaded bands, each with its colour. */
	readonly bands?: readonly { readonly label: string; readonly colour: string }[];
	readonly bandsHeading?: string;
	readonly notes?: readonly string[];
	/** The source line, "Source: …". */
	readonly source: string;
	/** The sample-data (or "your data") notice, or null for sourced facts. */
	readonly sample: string | null;
	/** "Pilot Atlas · data version … · exported …". */
	readonly credit?: string;
	/** The view's address. */
	readonly url?: string;
	/** What the box says when the chart has no data. */
	readonly empty?: string;
}

export interface ChartBody {
	/** The chart's SVG content; null when it has no data. */
	readonly inner: string | null;
	readonly width: number;
	readonly height: number;
}

export interface ComposedSvg {
	readonly markup: string;
	readonly width: number;
	readonly height: number;
}

const PAD = 16;
const EMPTY_HEIGHT = 160;
const FONTS = {
	en: "system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif",
	zh: "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'Source Han Sans SC', sans-serif"
};

/** Escapes text for SVG content and attributes. */
export function escapeXml(text: string): string {
	return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// After a space, or beside a CJK character — but never before closing punctuation (，。）…).
const BREAKS =
	/(?<=\s)|(?:(?=[\u2e80-\uffff])|(?<=[\u2e80-\uffff]))(?![，。；：、）」』】》！？])/u;

/**
 * Splits text into lines no wider than `width` px at `size` px: at spaces, between CJK
 * characters, and inside a word (an address) too long for a line of its own.
 */
export function wrap(text: string, width: number, size: number): string[] {
	const lines: string[] = [];
	let line = '';
	const push = () => {
		if (line.trim() !== '') lines.push(line.trim());
		line = '';
	};
	for (const word of text.split(BREAKS)) {
		if (line !== '' && textWidth(line + word.trimEnd(), size) > width) push();
		if (textWidth(word.trimEnd(), size) <= width) {
			line += line === '' ? word.trimStart() : word;
			continue;
		}
		for (const ch of word) {
			if (textWidth(line + ch, size) > width) push();
			line += ch;
		}
	}
	push();
	return lines;
}

interface Style {
	readonly size: number;
	readonly lead: number;
	readonly fill: string;
	readonly bold?: boolean;
}

const STYLE = {
	title: { size: 17, lead: 22, fill: INK.title, bold: true },
	subtitle: { size: 13, lead: 18, fill: INK.ink },
	units: { size: 12, lead: 16, fill: INK.muted },
	heading: { size: 11, lead: 15, fill: INK.title, bold: true },
	small: { size: 11, lead: 15, fill: INK.ink },
	foot: { size: 11, lead: 15, fill: INK.muted },
	sample: { size: 11, lead: 15, fill: INK.sample },
	fine: { size: 10, lead: 14, fill: INK.muted }
} satisfies Record<string, Style>;

/** Text lines placed down the page from `y`; returns the markup and the y below them. */
function block(x: number, y: number, lines: readonly string[], style: Style) {
	const attrs = `font-size="${style.size}"${style.bold ? ' font-weight="700"' : ''} fill="${style.fill}"`;
	const markup = lines.map(
		(l, i) =>
			`<text x="${x}" y="${y + (i + 1) * style.lead - (style.lead - style.size) / 2 - 2}" ${attrs}>${escapeXml(l)}</text>`
	);
	return { markup, y: y + lines.length * style.lead };
}

/** Wraps a chart's SVG markup (its inner content) with its caption, in one SVG document. */
export function composeChartSvg(chart: ChartBody, caption: ChartCaption): ComposedSvg {
	const lang = caption.lang ?? 'en';
	const width = Math.max(chart.width + 2 * PAD, 360);
	const inner = width - 2 * PAD;
	const parts: string[] = [];
	let y = PAD;
	const add = (text: string | readonly string[] | undefined, style: Style, gap = 0) => {
		const texts = (typeof text === 'string' ? [text] : (text ?? [])).filter((t) => t !== '');
		if (texts.length === 0) return;
		y += gap;
		const lines = texts.flatMap((t) => wrap(t, inner, style.size));
		const placed = block(PAD, y, lines, style);
		parts.push(...placed.markup);
		y = placed.y;
	};

	add(caption.title, STYLE.title);
	add(caption.subtitle, STYLE.subtitle, 2);
	add(caption.units, STYLE.units, 2);
	if (caption.range) {
		const colour = escapeXml(caption.rangeColour ?? INK.sample);
		parts.push(
			`<rect x="${PAD}" y="${y + 5}" width="10" height="10" rx="2" fill="${colour}" fill-opacity="0.35" stroke="${colour}"/>`
		);
		const placed = block(PAD + 14, y + 2, wrap(caption.range, inner - 14, 12), STYLE.units);
		parts.push(...placed.markup);
		y = placed.y + 2;
	}
	const legend = layoutLegend(caption.legend ?? [], inner);
	for (const e of legend) {
		const top = y + 4 + e.row * 16;
		parts.push(
			`<rect x="${PAD + e.x}" y="${top + 2}" width="10" height="10" rx="2" fill="${escapeXml(e.colour)}"/>`,
			...e.lines.map(
				(line, i) =>
					`<text x="${PAD + e.x + 14}" y="${top + 11 + i * 16}" font-size="11" fill="${INK.ink}">${escapeXml(line)}</text>`
			)
		);
	}
	if (legend.length) y += Math.max(...legend.map((e) => e.row + e.lines.length)) * 16 + 4;

	y += 10;
	const chartHeight = chart.inner === null ? EMPTY_HEIGHT : chart.height;
	if (chart.inner === null) parts.push(...emptyBox(PAD, y, inner, caption.empty ?? ''));
	else
		parts.push(
			`<svg x="${PAD}" y="${y}" width="${chart.width}" height="${chart.height}" viewBox="0 0 ${chart.width} ${chart.height}" overflow="visible">${chart.inner}</svg>`
		);
	y += chartHeight + 8;

	if (caption.events?.length) {
		add(caption.eventsHeading, STYLE.heading, 4);
		y = eventKey(parts, y, caption.events, inner);
	}
	if (caption.bands?.length) {
		add(caption.bandsHeading, STYLE.heading, 4);
		y = bandKey(parts, y, caption.bands, inner);
	}
	add(caption.notes, STYLE.small, 4);
	add(caption.source, STYLE.foot, 6);
	add(caption.sample ?? undefined, STYLE.sample);
	add(caption.credit, STYLE.fine, 4);
	add(caption.url, STYLE.fine);
	const height = Math.ceil(y + PAD);

	const desc = [caption.subtitle, caption.units, caption.range, caption.source, caption.sample]
		.filter(Boolean)
		.join('. ');
	return {
		markup: [
			`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xml:lang="${lang === 'zh' ? 'zh-Hans' : 'en'}" font-family="${escapeXml(FONTS[lang])}">`,
			`<title>${escapeXml(caption.title)}</title>`,
			`<desc>${escapeXml(desc)}</desc>`,
			`<rect width="100%" height="100%" fill="${INK.paper}"/>`,
			...parts,
			'</svg>'
		].join('\n'),
		width,
		height
	};
}

/** The event key, in two columns when there is room for them. */
function eventKey(parts: string[], top: number, events: readonly string[], inner: number) {
	const columns = inner >= 640 && events.length > 3 ? 2 : 1;
	const gap = 16;
	const colWidth = (inner - gap * (columns - 1)) / columns;
	const perColumn = Math.ceil(events.length / columns);
	let bottom = top;
	for (let c = 0; c < columns; c++) {
		let y = top;
		for (const entry of events.slice(c * perColumn, (c + 1) * perColumn)) {
			const placed = block(
				PAD + c * (colWidth + gap),
				y,
				wrap(entry, colWidth, STYLE.small.size),
				STYLE.small
			);
			parts.push(...placed.markup);
			y = placed.y;
		}
		bottom = Math.max(bottom, y);
	}
	return bottom;
}

/** The band key: a swatch shaded as the chart shades it, and the band's words beside it. */
function bandKey(
	parts: string[],
	top: number,
	bands: readonly { label: string; colour: string }[],
	inner: number
) {
	let y = top;
	for (const band of bands) {
		const colour = escapeXml(band.colour);
		parts.push(
			`<rect x="${PAD}" y="${y + 3}" width="10" height="10" rx="2" fill="${colour}" fill-opacity="0.25" stroke="${colour}" stroke-opacity="0.6"/>`
		);
		const placed = block(PAD + 14, y, wrap(band.label, inner - 14, STYLE.small.size), STYLE.small);
		parts.push(...placed.markup);
		y = placed.y;
	}
	return y;
}

function emptyBox(x: number, y: number, width: number, text: string): string[] {
	return [
		`<rect x="${x}" y="${y}" width="${width}" height="${EMPTY_HEIGHT}" rx="6" fill="${INK.paper}" stroke="${INK.muted}" stroke-dasharray="4 3"/>`,
		`<text x="${x + width / 2}" y="${y + EMPTY_HEIGHT / 2 + 5}" text-anchor="middle" font-size="14" fill="${INK.ink}">${escapeXml(text)}</text>`
	];
}

/**
 * Places legend entries left to right, wrapping into rows that fit `width`; an entry wider than a
 * row is broken over lines of its own (a phone-width chart's long series names).
 */
function layoutLegend(
	items: readonly { label: string; colour: string }[],
	width: number
): { label: string; colour: string; x: number; row: number; lines: string[] }[] {
	let x = 0;
	let row = 0;
	return items.map((item) => {
		const w = 14 + textWidth(item.label, 11) + 16;
		if (x > 0 && x + w > width) {
			x = 0;
			row++;
		}
		const lines = w - 16 > width ? wrap(item.label, width - 14, 11) : [item.label];
		const placed = { ...item, x, row, lines };
		if (lines.length > 1) {
			row += lines.length;
			x = 0;
		} else x += w;
		return placed;
	});
}

/**
 * A chart as a standalone image: the chart's SVG with its title and units above and its source
 * line (and the sample-data notice) below, all inside one SVG, so the caption never gets lost when
 * the image is pasted into a report. Pure string work; the DOM side is in chart-image.ts.
 */
import type { ResolvedContext } from '../shell/context';
import { PRINT_COLOURS as INK } from '../palette';

export interface ChartCaption {
	readonly title: string;
	readonly units: string;
	readonly source: string;
	/** The sample-data notice, or null for sourced facts. */
	readonly sample: string | null;
	/** Legend entries drawn as HTML beside the chart, carried into the image. */
	readonly legend?: readonly { readonly label: string; readonly colour: string }[];
	/** Everything the view says about itself (filters in words, notes, event key, data status). */
	readonly context?: ResolvedContext;
}

export interface ComposedSvg {
	readonly markup: string;
	readonly width: number;
	readonly height: number;
}

const PAD = 16;
const TITLE = 20;
const LINE = 16;
const FONT =
	"system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";

/** Escapes text for SVG content and attributes. */
export function escapeXml(text: string): string {
	return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Splits text into lines of at most `max` characters (CJK characters count double), at spaces. */
export function wrap(text: string, max: number): string[] {
	const width = (s: string) => [...s].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/(?<=\s)|(?=[\u2e80-\uffff])/u)) {
		if (line !== '' && width(line + word) > max) {
			lines.push(line.trimEnd());
			line = word.trimStart();
		} else line += word;
	}
	if (line.trim() !== '') lines.push(line.trimEnd());
	return lines;
}

/** Wraps a chart's SVG markup (its inner content) with caption text, in one SVG document. */
export function composeChartSvg(
	chart: { inner: string; width: number; height: number },
	caption: ChartCaption
): ComposedSvg {
	const width = Math.max(chart.width + 2 * PAD, 320);
	const chars = Math.floor((width - 2 * PAD) / 6.6);
	const titleLines = wrap(caption.title, Math.floor(chars / 1.4));
	const foot = [
		...wrap(caption.source, chars),
		...(caption.sample ? wrap(caption.sample, chars) : [])
	];
	const legend = layoutLegend(caption.legend ?? [], width - 2 * PAD);
	const legendHeight = legend.length ? (legend.at(-1)!.row + 1) * LINE + 6 : 0;
	const unitsY = PAD + titleLines.length * (TITLE + 4) + LINE - 4;
	const top = unitsY + 12 + legendHeight;
	const height = top + chart.height + 12 + foot.length * LINE + PAD;
	const text = (x: number, y: number, s: string, style: string) =>
		`<text x="${x}" y="${y}" ${style}>${escapeXml(s)}</text>`;
	const parts = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">`,
		`<rect width="100%" height="100%" fill="${INK.paper}"/>`,
		...titleLines.map((l, i) =>
			text(
				PAD,
				PAD + TITLE + i * (TITLE + 4),
				l,
				`font-size="17" font-weight="700" fill="${INK.title}"`
			)
		),
		text(PAD, unitsY, caption.units, `font-size="12" fill="${INK.muted}"`),
		...legend.flatMap((e) => {
			const y = unitsY + 8 + e.row * LINE;
			return [
				`<rect x="${PAD + e.x}" y="${y + 2}" width="10" height="10" rx="2" fill="${escapeXml(e.colour)}"/>`,
				text(PAD + e.x + 14, y + 11, e.label, `font-size="11" fill="${INK.ink}"`)
			];
		}),
		`<svg x="${PAD}" y="${top}" width="${chart.width}" height="${chart.height}" viewBox="0 0 ${chart.width} ${chart.height}" overflow="visible">${chart.inner}</svg>`,
		...foot.map((l, i) => {
			const isSample =
				caption.sample !== null && i >= foot.length - wrap(caption.sample, chars).length;
			const fill = isSample ? INK.sample : INK.muted;
			return text(
				PAD,
				top + chart.height + 12 + (i + 1) * LINE - 4,
				l,
				`font-size="11" fill="${fill}"`
			);
		}),
		'</svg>'
	];
	return { markup: parts.join('\n'), width, height };
}

/** Places legend entries left to right, wrapping into rows that fit `width`. */
function layoutLegend(
	items: readonly { label: string; colour: string }[],
	width: number
): { label: string; colour: string; x: number; row: number }[] {
	let x = 0;
	let row = 0;
	return items.map((item) => {
		const w = 14 + [...item.label].length * 6.2 + 16;
		if (x > 0 && x + w > width) {
			x = 0;
			row++;
		}
		const placed = { ...item, x, row };
		x += w;
		return placed;
	});
}

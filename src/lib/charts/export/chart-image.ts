/**
 * Exports any ChartView figure as SVG or PNG (2×): the figure's chart SVG is cloned with its
 * computed styles inlined (so CSS classes and custom properties survive outside the page), then
 * composed with the caption, units and source line (compose.ts). Browser-only.
 */
import { composeChartSvg, type ChartCaption } from './compose';
import { PRINT_COLOURS } from '../palette';

const STYLE_PROPS = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'opacity',
	'font-size',
	'font-weight',
	'font-family',
	'text-anchor',
	'dominant-baseline',
	'visibility'
] as const;

function inlineStyles(source: Element, target: Element): void {
	const computed = getComputedStyle(source);
	const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
	target.setAttribute('style', style);
	target.removeAttribute('class');
	const from = source.children;
	const to = target.children;
	for (let i = 0; i < from.length; i++) inlineStyles(from[i]!, to[i]!);
}

/** The chart's SVG of a figure (the first top-level SVG in its body). */
function chartSvg(figure: HTMLElement): SVGSVGElement {
	const svg = figure.querySelector<SVGSVGElement>('.body svg');
	if (!svg) throw new Error('This chart has no image to export.');
	return svg;
}

/** A legend swatch's colour: its fill, else its border, else a `--c` custom property. */
function swatchColour(swatch: Element | null): string {
	if (!swatch) return PRINT_COLOURS.muted;
	const cs = getComputedStyle(swatch);
	const opaque = (c: string) => (c && !/rgba\(.*,\s*0\)|transparent/.test(c) ? c : null);
	return (
		opaque(cs.backgroundColor) ??
		(parseFloat(cs.borderTopWidth) > 0 ? opaque(cs.borderTopColor) : null) ??
		(cs.getPropertyValue('--c').trim() || PRINT_COLOURS.muted)
	);
}

/** The figure as one standalone SVG document with its caption. */
export function figureSvg(figure: HTMLElement, caption: ChartCaption) {
	const svg = chartSvg(figure);
	const clone = svg.cloneNode(true) as SVGSVGElement;
	inlineStyles(svg, clone);
	const box = svg.getBoundingClientRect();
	const legend = Array.from(figure.querySelectorAll<HTMLElement>('.legend li'), (li) => ({
		label: li.textContent?.trim() ?? '',
		colour: swatchColour(li.querySelector('[aria-hidden="true"]'))
	}));
	return composeChartSvg(
		{ inner: clone.innerHTML, width: Math.round(box.width), height: Math.round(box.height) },
		{ ...caption, legend: caption.legend ?? legend }
	);
}

/** Renders SVG markup to a PNG at `scale` × its size. */
export async function svgToPng(
	markup: string,
	width: number,
	height: number,
	scale = 2
): Promise<Uint8Array> {
	const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = width * scale;
		canvas.height = height * scale;
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('This browser cannot draw the image.');
		ctx.scale(scale, scale);
		ctx.drawImage(image, 0, 0, width, height);
		const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
		if (!blob) throw new Error('This browser cannot make a PNG.');
		return new Uint8Array(await blob.arrayBuffer());
	} finally {
		URL.revokeObjectURL(url);
	}
}

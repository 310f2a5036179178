/**
 * Exports any ChartView figure as SVG or PNG (2×): the figure's chart SVG is cloned with its
 * computed styles inlined (so CSS classes and custom properties survive outside the page), then
 * composed with its caption (compose.ts). A figure with no data is exported as a box saying so.
 * Browser-only.
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

// What makes a mark interactive on the page means nothing in a file (and the keyboard readout's
// aria-valuetext would carry a month's figures the image does not show).
const INTERACTIVE = /^(tabindex|role|cursor|pointer-events|aria-.*|on.*)$/;

function inlineStyles(source: Element, target: Element): void {
	const computed = getComputedStyle(source);
	const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
	target.setAttribute('style', style);
	target.removeAttribute('class');
	for (const { name } of Array.from(target.attributes))
		if (INTERACTIVE.test(name)) target.removeAttribute(name);
	const from = source.children;
	const to = target.children;
	for (let i = 0; i < from.length; i++) inlineStyles(from[i]!, to[i]!);
}

/** The chart's SVG of a figure: the largest SVG in its body (not an icon in a control). */
function chartSvg(figure: HTMLElement): SVGSVGElement | null {
	const area = (svg: SVGSVGElement) => {
		const box = svg.getBoundingClientRect();
		return box.width * box.height;
	};
	const all = Array.from(figure.querySelectorAll<SVGSVGElement>('.body svg')).filter(
		(svg) => !svg.parentElement?.closest('svg')
	);
	return all.sort((a, b) => area(b) - area(a))[0] ?? null;
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

/**
 * The figure as one standalone SVG document with its caption. The image is printed on white
 * paper whatever the screen's scheme, so the styles are read with the figure in its light scheme
 * (the palette's `light-dark()` tokens resolve to their light side).
 */
export function figureSvg(figure: HTMLElement, caption: ChartCaption) {
	const scheme = figure.style.colorScheme;
	figure.style.colorScheme = 'light';
	try {
		return composeFigure(figure, caption);
	} finally {
		figure.style.colorScheme = scheme;
	}
}

function composeFigure(figure: HTMLElement, caption: ChartCaption) {
	const body = figure.querySelector<HTMLElement>('.body');
	const empty = body?.dataset.state === 'empty';
	const svg = empty ? null : chartSvg(figure);
	if (!svg && !empty) throw new Error(caption.empty ?? 'This chart has no image to export.');
	// A series the reader switched off is not drawn, so it is not in the image's legend either.
	const legend = Array.from(figure.querySelectorAll<HTMLElement>('.legend li'))
		.filter((li) => li.querySelector('[aria-pressed="false"]') === null)
		.map((li) => ({
			label: li.textContent?.trim() ?? '',
			colour: swatchColour(li.querySelector('[aria-hidden="true"]'))
		}));
	if (!svg) {
		const width = Math.round(body?.getBoundingClientRect().width ?? 600);
		return composeChartSvg({ inner: null, width, height: 0 }, caption);
	}
	const clone = svg.cloneNode(true) as SVGSVGElement;
	inlineStyles(svg, clone);
	const box = svg.getBoundingClientRect();
	const selection = svg.querySelector('.selection');
	const rangeColour = selection ? getComputedStyle(selection).fill : undefined;
	return composeChartSvg(
		{ inner: clone.innerHTML, width: Math.round(box.width), height: Math.round(box.height) },
		{ rangeColour, ...caption, legend: caption.legend ?? (legend.length ? legend : undefined) }
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

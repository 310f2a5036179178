/**
 * The HTML an analyst pastes into another site to show one chart: an iframe that fills the width
 * it is given, at a set height — or, with `fit`, a few lines of script that take the height the
 * embed reports (a `pilot-atlas:height` message, accepted only from this site's origin and from
 * that iframe). Pure.
 */
import { escapeXml } from './compose';

export const HEIGHT_MESSAGE = 'pilot-atlas:height';

export function embedCode(input: {
	src: string;
	title: string;
	height: number;
	fit: boolean;
}): string {
	const origin = new URL(input.src).origin;
	const frame =
		`<iframe src="${escapeXml(input.src)}" title="${escapeXml(input.title)}" ` +
		`width="100%" height="${Math.round(input.height)}" loading="lazy" ` +
		`style="width:100%;min-width:280px;border:0" data-pilot-atlas-embed></iframe>`;
	if (!input.fit) return frame;
	const script =
		`<script>addEventListener("message",function(e){var d=e.data;` +
		`if(e.origin!==${JSON.stringify(origin)}||!d||d.type!=="${HEIGHT_MESSAGE}")return;` +
		`document.querySelectorAll("iframe[data-pilot-atlas-embed]").forEach(function(f){` +
		`if(f.contentWindow===e.source)f.style.height=Math.ceil(+d.height)+"px"})})</script>`;
	return `${frame}\n${script}`;
}

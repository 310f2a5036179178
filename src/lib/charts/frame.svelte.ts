/**
 * The live frame a chart's marks draw in: its layout (derived from the Frame's props), the
 * elements pointer-driven marks listen on, and the one tip slot any mark may fill. Shared through
 * a typed context, so a mark is a short component that reads `useFrame()`.
 */
import { createContext, type Snippet } from 'svelte';
import { frameLayout, type FrameInput, type FrameLayout } from './frame';

export interface FrameTip {
	/** Which mark shows it: only that mark hides it again. */
	readonly owner: string;
	/** Where it points, read when drawn (so it follows a resize). */
	readonly at: () => { x: number; y: number };
	readonly content: Snippet<[never]>;
	readonly arg: unknown;
}

export interface Point {
	readonly x: number;
	readonly y: number;
}

export class FrameState {
	readonly layout: FrameLayout;
	/** The frame's container: pointer listeners go here, so they see events over the brush too. */
	root = $state<HTMLElement | null>(null);
	svg = $state<SVGSVGElement | null>(null);
	tip = $state.raw<FrameTip | null>(null);

	constructor(input: () => FrameInput) {
		this.layout = $derived(frameLayout(input()));
	}

	/** A pointer event's position in the frame's SVG coordinates. */
	pointer(event: { clientX: number; clientY: number }): Point | null {
		const box = this.svg?.getBoundingClientRect();
		return box ? { x: event.clientX - box.left, y: event.clientY - box.top } : null;
	}

	/** True when a point lies in the plot rectangle (with `slack` pixels around it). */
	inPlot(p: Point, slack = 0): boolean {
		const { left, right, top, bottom } = this.layout.plot;
		return (
			p.x >= left - slack && p.x <= right + slack && p.y >= top - slack && p.y <= bottom + slack
		);
	}

	showTip<T>(owner: string, at: () => Point, content: Snippet<[T]>, arg: T): void {
		this.tip = { owner, at, content: content as Snippet<[never]>, arg };
	}

	hideTip(owner: string): void {
		if (this.tip?.owner === owner) this.tip = null;
	}
}

const [getFrame, setFrame] = createContext<FrameState>();

/** Makes `frame` the frame of every mark below (called by Frame.svelte). */
export function provideFrame(frame: FrameState): FrameState {
	return setFrame(frame);
}

/** The frame a mark is drawn in. */
export function useFrame(): FrameState {
	return getFrame();
}

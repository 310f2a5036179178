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

	/**
	 * Follows the pointer over the frame: `onpoint` gets each move or tap in SVG coordinates, and
	 * null when a mouse leaves (a finger's last tap stays). Returns the cleanup, for an $effect.
	 */
	track(onpoint: (p: Point | null, event: PointerEvent) => void): (() => void) | undefined {
		const root = this.root;
		if (!root) return undefined;
		const move = (event: PointerEvent) => onpoint(this.pointer(event), event);
		const leave = (event: PointerEvent) => event.pointerType !== 'touch' && onpoint(null, event);
		root.addEventListener('pointermove', move);
		root.addEventListener('pointerdown', move);
		root.addEventListener('pointerleave', leave);
		return () => {
			root.removeEventListener('pointermove', move);
			root.removeEventListener('pointerdown', move);
			root.removeEventListener('pointerleave', leave);
		};
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

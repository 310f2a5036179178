/**
 * The one key map of every chart cursor. Along a horizontal axis it is a slider (WAI-ARIA APG):
 * → and ↑ step forward, ← and ↓ back, Page Up and Page Down jump `page` steps (a year of months)
 * forward and back. Down a vertical list (bars in rows) ↓ and → step forward, ↑ and ← back, Page
 * Down forward. Home and End go to the ends; Escape clears. Pure.
 */
export type CursorOrientation = 'horizontal' | 'vertical';

const FORWARD: Record<CursorOrientation, readonly string[]> = {
	horizontal: ['ArrowRight', 'ArrowUp'],
	vertical: ['ArrowDown', 'ArrowRight']
};
const BACK: Record<CursorOrientation, readonly string[]> = {
	horizontal: ['ArrowLeft', 'ArrowDown'],
	vertical: ['ArrowUp', 'ArrowLeft']
};
const PAGE_FORWARD: Record<CursorOrientation, string> = {
	horizontal: 'PageUp',
	vertical: 'PageDown'
};

/**
 * The position after `key` among `count` positions: a number, null to clear the cursor, or
 * undefined when the key is not the cursor's (let the browser have it). From no position, keys
 * move from the last one (where a reader of a time series starts).
 */
export function stepCursor(
	key: string,
	current: number | null,
	count: number,
	orientation: CursorOrientation = 'horizontal',
	page = 12
): number | null | undefined {
	if (count <= 0) return undefined;
	if (key === 'Escape') return null;
	const last = count - 1;
	const at = current ?? last;
	const clamp = (i: number) => Math.max(0, Math.min(last, i));
	if (key === 'Home') return 0;
	if (key === 'End') return last;
	if (FORWARD[orientation].includes(key)) return clamp(at + 1);
	if (BACK[orientation].includes(key)) return clamp(at - 1);
	if (key === 'PageUp' || key === 'PageDown')
		return clamp(key === PAGE_FORWARD[orientation] ? at + page : at - page);
	return undefined;
}

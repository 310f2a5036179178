/**
 * The colour scheme: the system's by default, or the reader's choice, remembered in localStorage.
 * An inline script in app.html applies the stored choice before the first paint (no flash; its hash
 * is in the CSP); this module keeps `<html data-theme>` in step afterwards.
 */
import { browser } from '$app/environment';

export type ThemeChoice = 'system' | 'light' | 'dark';
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
/** Also read by the inline script in src/app.html: keep the two in step. */
export const THEME_STORAGE_KEY = 'pilot-atlas:theme';

function stored(): ThemeChoice {
	try {
		const v = localStorage.getItem(THEME_STORAGE_KEY);
		return v === 'light' || v === 'dark' ? v : 'system';
	} catch {
		return 'system';
	}
}

class Theme {
	choice = $state<ThemeChoice>(browser ? stored() : 'system');

	set(next: ThemeChoice): void {
		this.choice = next;
		try {
			if (next === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
			else localStorage.setItem(THEME_STORAGE_KEY, next);
		} catch {
			// private mode: the choice lasts for this page only
		}
		if (next === 'system') delete document.documentElement.dataset.theme;
		else document.documentElement.dataset.theme = next;
	}
}

/** The page's theme (one per document). */
export const theme = new Theme();

/**
 * What a report view is: a page's panel with its label and the view parameters its block keeps.
 * Its own module, so the registry and the features' view lists both import it and neither imports
 * the other's types.
 */
import type { Component } from 'svelte';
import type { MessageKey } from '../../i18n/catalogue';
import type { ViewParam } from '../../state/view-param';

export interface ReportView {
	readonly component: Component;
	readonly label: MessageKey;
	readonly params: readonly ViewParam<unknown>[];
	/** Whether the view reads the global filters (else its block has no filter editor). */
	readonly filtered: boolean;
}

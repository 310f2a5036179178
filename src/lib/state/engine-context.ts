/**
 * How panels and state classes reach the page's data engine: through Svelte context, set once by
 * the root layout, never through a module global. Call `getEngine()` while a component is being
 * initialised (a class built there may keep the engine it got).
 */
import { createContext } from 'svelte';
import type { DataEngine } from './engine.svelte';

const [getEngine, setEngine] = createContext<DataEngine>();

export { getEngine, setEngine };

// The benchmark serves the adapter-static output (`build/`) as a static host would: plain vite
// preview (sirv + on-the-fly gzip of text), '/timeline' → 'timeline.html', no SvelteKit server.
import { defineConfig } from 'vite';

export default defineConfig({ appType: 'mpa', logLevel: 'warn' });

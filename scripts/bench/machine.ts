/** What the benchmark ran on, and how busy the machine was while it ran. */
import { execSync } from 'node:child_process';
import { cpus, loadavg, totalmem, release } from 'node:os';

export interface Machine {
	readonly cpu: string;
	readonly cores: number;
	readonly memoryGb: number;
	readonly os: string;
	readonly node: string;
	chromium: string;
	readonly loadSamples: { at: string; section: string; load1: number; busiest: string[] }[];
}

/** The machine's static description. */
export function describeMachine(): Machine {
	return {
		cpu: cpus()[0]?.model ?? 'unknown',
		cores: cpus().length,
		memoryGb: Math.round(totalmem() / 2 ** 30),
		os: `Linux ${release()}`,
		node: process.version,
		chromium: '',
		loadSamples: []
	};
}

/** Records the 1-minute load average and the busiest processes (by CPU) at a section's start. */
export function sampleLoad(machine: Machine, section: string): void {
	let busiest: string[] = [];
	try {
		busiest = execSync('ps -eo pcpu,args --sort=-pcpu --no-headers | head -6', { encoding: 'utf8' })
			.trim()
			.split('\n')
			.filter((l) => !/\bps -eo\b/.test(l))
			.slice(0, 5)
			.map((l) => shortProcess(l.trim()));
	} catch {
		// ps missing: the load average alone
	}
	machine.loadSamples.push({
		at: new Date().toISOString(),
		section,
		load1: Math.round(loadavg()[0]! * 100) / 100,
		busiest
	});
	console.log(`[${section}] load ${loadavg()[0]!.toFixed(2)}`);
}

/** '37.2 /usr/bin/node /work/wt-maps/node_modules/.bin/vitest run' → '37.2% wt-maps: vitest run'. */
function shortProcess(line: string): string {
	const [pcpu, ...rest] = line.split(/\s+/);
	const args = rest.join(' ');
	const tree = /\/work\/([\w.-]+)\//.exec(args)?.[1];
	const tool = /(vitest|playwright|vite|svelte-check|eslint|prettier|tsx|chromium|npm)\b[^/]*/.exec(
		args
	);
	const what = tool ? tool[0].slice(0, 40).trim() : (rest[0] ?? '').split('/').pop();
	return `${pcpu}% ${tree ? `${tree}: ` : ''}${what}`;
}

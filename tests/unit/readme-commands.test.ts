/**
 * The README's commands, run as written (through npm, so arguments after `--` reach the script
 * they are meant for), in a cheap form: a smaller `--scale`, a temporary output folder, a free
 * port. Commands too slow for CI (bench, screenshots) or that are CI itself (`npm test`, its
 * stages, `.ci/run`) are only checked to exist; `report:publish` runs in tests/e2e/report.spec.ts.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const README = readFileSync('README.md', 'utf8');
const SCRIPTS = Object.keys(
	(JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts
);
const temp: string[] = [];
const tempDir = () => {
	const dir = mkdtempSync(join(tmpdir(), 'pa-readme-'));
	temp.push(dir);
	return dir;
};
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** `npm run …` exactly as a reader would type it; the output when it succeeds. */
function npmRun(args: string): string {
	const run = spawnSync('npm', ['run', '--silent', ...args.split(' ')], {
		encoding: 'utf8',
		env: { ...process.env, FORCE_COLOR: '0' },
		timeout: 120_000
	});
	expect(run.status, `npm run ${args}\n${run.stderr}`).toBe(0);
	return run.stdout;
}

const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Starts a long-running `npm run …` in its own process group; resolves at the first `ready` match. */
function npmStart(
	args: string,
	ready: RegExp
): Promise<{ child: ChildProcess; match: RegExpMatchArray }> {
	const child = spawn('npm', ['run', ...args.split(' ')], {
		detached: true,
		env: { ...process.env, NO_COLOR: '1' }
	});
	let output = '';
	return new Promise((resolve, reject) => {
		const timer = setTimeout(
			() => reject(new Error(`no ready line from npm run ${args}:\n${output}`)),
			90_000
		);
		const read = (chunk: Buffer) => {
			output += chunk.toString().replace(ANSI_COLOUR, '');
			const match = output.match(ready);
			if (match) {
				clearTimeout(timer);
				resolve({ child, match });
			}
		};
		child.stdout!.on('data', read);
		child.stderr!.on('data', read);
		child.on('exit', (code) => reject(new Error(`npm run ${args} exited (${code}):\n${output}`)));
	});
}

/** Stops the process group of a child this test started. */
function stop(child: ChildProcess) {
	child.removeAllListeners('exit');
	if (child.pid) process.kill(-child.pid, 'SIGTERM');
}

describe('the README’s commands', () => {
	test('every `npm run` the README names is a script', () => {
		const named = new Set([...README.matchAll(/npm run ([\w:-]*\w)/g)].map((m) => m[1]!));
		expect(named.size).toBeGreaterThan(10);
		for (const name of named) expect(SCRIPTS, `npm run ${name}`).toContain(name);
		for (const name of ['serve', 'data', 'dev', 'bench:server']) expect(named).toContain(name);
		if (README.includes('npm test')) expect(SCRIPTS).toContain('test');
	});

	test('npm run data -- --scale 10m (as 500k): the flags reach the data generator', () => {
		const out = tempDir();
		const said = npmRun(`data -- --scale 500k --out ${out}`);
		expect(said).toMatch(/imports\s+\d+ rows/);
		const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
		expect(manifest).toMatchObject({ format: 'arrow-ipc-stream', scaleRows: 500_000 });
		expect(manifest.tables.find((t: { name: string }) => t.name === 'imports').grain).toBe('batch');
	});

	test('npm run data -- --format parquet, then npm run serve -- --data DIR', async () => {
		const out = tempDir();
		npmRun(`data -- --scale 300k --format parquet --out ${out}`);
		expect(existsSync(join(out, 'imports', '2016-01.parquet'))).toBe(true);
		const site = tempDir();
		writeFileSync(join(site, 'index.html'), '<!doctype html><title>Pilot Atlas</title>');
		// Built with the same sample the folder holds, so its prerendered pages are served.
		mkdirSync(join(site, 'data'));
		copyFileSync(join(out, 'manifest.json'), join(site, 'data', 'manifest.json'));
		const { child, match } = await npmStart(
			`serve -- --data ${out} --port 0 --build ${site}`,
			/http:\/\/127\.0\.0\.1:(\d+)\//
		);
		try {
			const health = await (await fetch(`${match[0]}api/v1/health`)).json();
			expect(health.status).toBe('ok');
			expect(await (await fetch(match[0])).text()).toContain('Pilot Atlas');
		} finally {
			stop(child);
		}
	});

	test('npm run serve refuses a folder that is not a data folder, saying why', () => {
		const empty = tempDir();
		const run = spawnSync('npm', ['run', 'serve', '--', '--data', empty, '--build', empty], {
			encoding: 'utf8'
		});
		expect(run.status).not.toBe(0);
		expect(run.stderr).toMatch(/cannot serve .*manifest\.json is missing/);
	});

	test('npm run dev: the data is regenerated and the dev server answers', async () => {
		const { child, match } = await npmStart(
			'dev -- --port 0 --strictPort false',
			/Local:\s+(http:\S+)/
		);
		try {
			const page = await fetch(match[1]!);
			expect(page.status).toBe(200);
			expect(await page.text()).toContain('Pilot Atlas');
		} finally {
			stop(child);
		}
	});
});

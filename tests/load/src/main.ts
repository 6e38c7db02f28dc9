/**
 * `pnpm bench [--smoke] [--scenarios=1,5] [--servers=ours,hocuspocus] [--repeat=3] [--editors=200]`
 *
 * Runs the scenarios against our server and the peers, prints the results table and writes
 * `results/latest.md` and `results/latest.json` (`results/smoke.*` for a smoke run). Environment:
 * `BENCH_SMOKE=1` is `--smoke`; `BENCH_OURS_ROOT` runs "ours" from another checkout (default: this
 * repository); `BENCH_CLIENT_DIST` is the built client the browser scenario loads (default: that
 * checkout's `client/dist`); `BENCH_OURS_CPU_PROFILE_DIR` makes our server write a V8 CPU profile
 * there. `--editors` runs scenario 1 at those editor counts only. Exits 1 if a scenario failed or a
 * check did not pass.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fullSizes, smokeSizes } from './config/sizes.js';
import { benchRoot, repoRoot } from './paths.js';
import { renderMarkdown } from './report/markdown.js';
import { reportPassed, runBench } from './runBench.js';
import { SERVER_KINDS, type ServerKind } from './wire/ServerKind.js';

const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: process.env.BENCH_SMOKE === '1' },
    scenarios: { type: 'string' },
    servers: { type: 'string' },
    repeat: { type: 'string', default: '1' },
    editors: { type: 'string' },
  },
});
const servers = (values.servers?.split(',') ?? [...SERVER_KINDS]) as ServerKind[];
const unknown = servers.filter((s) => !SERVER_KINDS.includes(s));
if (unknown.length > 0) throw new Error(`unknown servers: ${unknown.join(', ')} (known: ${SERVER_KINDS.join(', ')})`);
const repeats = Number(values.repeat);
if (!Number.isInteger(repeats) || repeats < 1) throw new Error(`--repeat must be a positive integer, got ${values.repeat}`);

const chosenSizes = values.smoke ? smokeSizes : fullSizes;
const editors = values.editors?.split(',').map(Number);
if (editors?.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--editors must be positive integers, got ${values.editors}`);
const sizes = editors ? { ...chosenSizes, hotDocument: { ...chosenSizes.hotDocument, editors } } : chosenSizes;
const report = await runBench({
  sizes,
  servers,
  ...(values.scenarios && { scenarios: values.scenarios.split(',') }),
  repeats,
  oursRoot: process.env.BENCH_OURS_ROOT || repoRoot,
  clientDist: process.env.BENCH_CLIENT_DIST || join(process.env.BENCH_OURS_ROOT || repoRoot, 'client', 'dist'),
  log: (message) => console.log(message),
});

const markdown = renderMarkdown(report);
const resultsDir = join(benchRoot, 'results');
mkdirSync(resultsDir, { recursive: true });
const base = join(resultsDir, sizes.name === 'smoke' ? 'smoke' : 'latest');
writeFileSync(`${base}.md`, markdown);
writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\n${markdown}\nWritten to ${base}.md and ${base}.json`);
process.exitCode = reportPassed(report) ? 0 : 1;

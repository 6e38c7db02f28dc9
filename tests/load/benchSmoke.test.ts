import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { smokeSizes } from './src/config/sizes.js';
import { repoRoot } from './src/paths.js';
import { renderMarkdown } from './src/report/markdown.js';
import { runBench } from './src/runBench.js';
import { allScenarios } from './src/scenarios/allScenarios.js';

/** Another checkout's server can be smoke-tested too, as with `pnpm bench`. */
const oursRoot = process.env.BENCH_OURS_ROOT || repoRoot;

describe('the benchmark harness', () => {
  it('runs every scenario at smoke size against our server and Hocuspocus, with everything delivered and converged', async () => {
    const log: string[] = [];
    const report = await runBench({
      sizes: smokeSizes,
      servers: ['ours', 'hocuspocus'],
      repeats: 1,
      oursRoot,
      clientDist: join(oursRoot, 'client', 'dist'),
      log: (line) => log.push(line),
    });

    expect(report.failures, log.join('\n')).toEqual([]);
    for (const scenario of allScenarios) {
      const name = `${scenario.id}. ${scenario.title}`;
      const rows = report.rows.filter((r) => r.scenario === name);
      expect(rows.length, `${name} produced no rows`).toBeGreaterThan(0);
      const measuredByUs = rows.filter((r) => r.values.ours !== undefined && Number.isFinite(r.values.ours));
      expect(measuredByUs.length, `${name} has no number for our server: ${JSON.stringify(rows[0]?.notes)}`).toBeGreaterThan(0);
    }
    for (const check of report.checks) {
      expect(check.delivered, `${check.scenario} ${check.server} ${check.label}`).toBe(check.expected);
      expect(check.converged, `${check.scenario} ${check.server} ${check.label}: ${check.detail ?? ''}`).toBe(true);
    }
    expect(renderMarkdown(report)).toContain('| scenario | metric | ours | hocuspocus | ours ÷ best peer |');
  }, 120_000);
});

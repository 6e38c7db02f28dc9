import { PEER_KINDS, SERVER_KINDS, type ServerKind } from '../wire/ServerKind.js';
import type { BenchReport, ReportRow } from './BenchReport.js';

/**
 * The results as markdown: one table of metrics (values are medians over repeats; lower is better
 * for every metric; the last column is ours ÷ the best peer, so below 1 means we are better), a
 * table of checks, then failures and server warnings.
 */
export function renderMarkdown(report: BenchReport): string {
  const servers = SERVER_KINDS.filter((k) => report.servers.includes(k));
  const lines = [
    `Run of ${report.startedAt} (${report.sizes} sizes, ${report.repeats} repeat${report.repeats > 1 ? 's' : ''}); ` +
      `${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.memory}, Node ${report.machine.node}.`,
    '',
    `| scenario | metric | ${servers.join(' | ')} | ours ÷ best peer |`,
    `|---|---|${servers.map(() => '---:').join('|')}|---:|`,
  ];
  for (const row of report.rows) {
    lines.push(`| ${row.scenario} | ${row.metric} | ${servers.map((s) => cell(row, s)).join(' | ')} | ${ratio(row)} |`);
  }
  const notes = report.rows.flatMap((row) =>
    Object.entries(row.notes).map(([server, note]) => `- ${row.scenario}, ${row.metric}, ${server}: ${note}`),
  );
  if (notes.length > 0) lines.push('', 'Notes:', '', ...new Set(notes));
  const discarded = report.rows.flatMap((row) =>
    Object.entries(row.discarded).map(([server, why]) => `- ${row.scenario}, ${row.metric}, ${server}: ${why}`),
  );
  if (discarded.length > 0) lines.push('', 'Discarded (shown in parentheses, not compared):', '', ...discarded);

  lines.push(
    '',
    '| scenario | server | run | delivered / expected | converged | generator lag p99 (ms) | generator CPU |',
    '|---|---|---|---:|---|---:|---:|',
  );
  for (const c of report.checks) {
    const lag = c.generator ? c.generator.lagP99Ms.toFixed(1) : '—';
    const cpu = c.generator ? `${(c.generator.cpuShare * 100).toFixed(0)}%` : '—';
    const ok = c.converged && c.delivered === c.expected ? 'yes' : `**NO**${c.detail ? ` (${c.detail})` : ''}`;
    lines.push(`| ${c.scenario} | ${c.server} | ${c.label} | ${c.delivered} / ${c.expected} | ${ok} | ${lag} | ${cpu} |`);
  }
  if (report.failures.length > 0) {
    lines.push('', 'Failures:', '');
    for (const f of report.failures) lines.push(`- ${f.scenario} on ${f.server}: ${f.error.split('\n')[0]}`);
  }
  for (const { server, lines: warnings } of report.serverWarnings) {
    if (warnings.length === 0) continue;
    lines.push('', `${server} logged ${warnings.length} warning/error lines; first: \`${warnings[0]!.slice(0, 300)}\``);
  }
  return `${lines.join('\n')}\n`;
}

function cell(row: ReportRow, server: ServerKind): string {
  const value = row.values[server];
  const text = value === undefined ? (row.notes[server] ? 'n/a¹' : '—') : format(value) + (row.notes[server] ? '¹' : '');
  return row.discarded[server] ? `(${text})` : text;
}

/** Ours ÷ the lowest peer value (every metric is lower-is-better); blank without both. */
function ratio(row: ReportRow): string {
  const ours = row.values.ours;
  if (ours === undefined || row.discarded.ours) return '—';
  const peers = PEER_KINDS.filter((k) => row.values[k] !== undefined && !row.discarded[k]).map((k) => row.values[k]!);
  if (peers.length === 0) return '—';
  const best = Math.min(...peers);
  return best === 0 ? '—' : `${(ours / best).toFixed(2)}×`;
}

function format(value: number): string {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value.toPrecision(2);
}

import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

/** How busy the load generator itself was during a measurement. */
export interface GeneratorLoad {
  /** 99th percentile of event-loop delay, ms: how late the generator ran its timers and reads. */
  lagP99Ms: number;
  lagMaxMs: number;
  /** Generator CPU time ÷ wall time (1 = one core fully busy). */
  cpuShare: number;
  /** True when the generator, not the server, may have set the pace: such a run is discarded. */
  saturated: boolean;
}

/**
 * Above these the generator is the bottleneck: send and receive times it records are late by
 * its own queueing, not the server's, and comparing servers on them would be meaningless. Lag
 * alone is judged leniently: a server that falls behind answers in bursts, and a burst of a
 * thousand frames in one read delays the loop without the generator being short of CPU (each
 * frame still gets its own receive time).
 */
export const SATURATION = { lagP99Ms: 100, cpuShare: 0.9 } as const;

const RESOLUTION_MS = 5;

/** Starts watching the generator's own event loop and CPU; `stop` returns what it saw. */
export function watchGenerator(): { stop(): GeneratorLoad } {
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  return {
    stop() {
      histogram.disable();
      const cpu = process.cpuUsage(cpuStart);
      const wallMs = performance.now() - wallStart;
      // The histogram records whole intervals between its timer's runs; lag is what exceeds them.
      const lagP99Ms = Math.max(0, histogram.percentile(99) / 1e6 - RESOLUTION_MS);
      const lagMaxMs = Math.max(0, histogram.max / 1e6 - RESOLUTION_MS);
      const cpuShare = (cpu.user + cpu.system) / 1000 / Math.max(1, wallMs);
      return {
        lagP99Ms,
        lagMaxMs,
        cpuShare,
        saturated: lagP99Ms > SATURATION.lagP99Ms || cpuShare > SATURATION.cpuShare,
      };
    },
  };
}

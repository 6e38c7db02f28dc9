import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { Refusal } from '../errors/Refusal.js';
import { DOCX_WORKER_SOURCE } from './docxWorkerSource.js';

/** What mammoth made of a .docx. */
export interface ConvertedDocx {
  html: string;
  /** The pre-Unicode fonts (".VnTime", "VNI-Times"…) that text of the file is typed in. */
  legacyFonts: string[];
  /** How many images mammoth met (they are not kept). */
  images: number;
}

export interface ConvertLimits {
  /** How long one conversion may run before its worker is ended. */
  timeoutMs: number;
  /** The worker's heap: a file that needs more fails alone, the server keeps its memory. */
  maxHeapMb: number;
}

export const DEFAULT_CONVERT_LIMITS: ConvertLimits = { timeoutMs: 20_000, maxHeapMb: 256 };

const mammothPath = createRequire(import.meta.url).resolve('mammoth');

/**
 * Converts a .docx that passed `inspectWordFile` to HTML with mammoth, in a worker thread of its
 * own with a time and a memory limit, so that a hostile file can neither hang nor crash the server:
 * it is refused (`import_too_complex`, or `import_corrupt` when mammoth cannot read it).
 */
export function convertDocx(file: Uint8Array, limits: ConvertLimits = DEFAULT_CONVERT_LIMITS): Promise<ConvertedDocx> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(DOCX_WORKER_SOURCE, {
      eval: true,
      workerData: { mammothPath, file },
      resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 8 },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => finish(() => reject(new Refusal('import_too_complex', { field: 'file' }))), limits.timeoutMs);
    worker.on('message', (answer: ConvertedDocx | { error: string }) =>
      finish(() => ('error' in answer ? reject(new Refusal('import_corrupt', { field: 'file' })) : resolve(answer))),
    );
    // ERR_WORKER_OUT_OF_MEMORY and the like: the file asked for more than a file may.
    worker.on('error', () => finish(() => reject(new Refusal('import_too_complex', { field: 'file' }))));
    worker.on('exit', () => finish(() => reject(new Refusal('import_too_complex', { field: 'file' }))));
  });
}

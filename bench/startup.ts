import { statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { LspSession } from './lspSession';
import { summarize, type Summary } from './stats';

export interface StartupResult {
  /** From spawning `node dist/server.js --stdio` to its answer to `initialize`. */
  spawnToInitialize: Summary;
  /** The `initialize` request alone, once the process is up. */
  initialize: Summary;
  bundles: { file: string; bytes: number; gzipBytes: number }[];
}

/** Starts the server `runs` times and records the bundle sizes. */
export async function measureStartup(server: string, bundles: string[], runs: number): Promise<StartupResult> {
  const spawnTimes: number[] = [];
  const initTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const session = new LspSession(server);
    initTimes.push(await session.initialize());
    spawnTimes.push(performance.now() - t0);
    await session.stop();
  }
  return {
    spawnToInitialize: summarize(spawnTimes),
    initialize: summarize(initTimes),
    bundles: bundles.map((file) => ({ file, bytes: statSync(file).size, gzipBytes: gzipSync(readFileSync(file)).length })),
  };
}

import type { BenchDraft } from './drafts';
import { LspSession } from './lspSession';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { growth, round, summarize, trend, type Growth, type Summary, type Trend } from './stats';

/** A place in the middle of the draft, inside a line of prose, where the keystrokes go. */
export function middleOf(text: string): { line: number; character: number } {
  const lines = text.split(/\r\n|\r|\n/);
  let offset = 0;
  let line = 0;
  while (line < lines.length - 1 && offset + lines[line]!.length < text.length / 2) offset += lines[line++]!.length + 1;
  while (line < lines.length - 1 && lines[line]!.trim().length < 20) line++;
  return { line, character: insideWord(lines[line]!) };
}

/** Every paragraph line of the draft (a capital or a quotation mark, then 40 characters or more), with a place inside a word. */
export function paragraphsOf(text: string): { line: number; character: number }[] {
  return text.split(/\r\n|\r|\n/).flatMap((prose, line) => (/^["“‘A-Z]/.test(prose) && prose.length >= 40 ? [{ line, character: insideWord(prose) }] : []));
}

/** Between two letters near the middle of `prose`, so that an edit changes a word, as typing does. */
function insideWord(prose: string): number {
  let character = prose.length >> 1;
  while (character < prose.length - 1 && !/[a-z]{2}/i.test(prose.slice(character - 1, character + 1))) character++;
  return character;
}

export interface KeystrokeResult {
  draft: string;
  server: string;
  open: number;
  /** The keystrokes right after opening, in a server just started. */
  keystroke: Summary;
  /** Server CPU time per keystroke, averaged: unlike wall time, other load on the machine barely moves it. */
  cpuPerKeystroke: number;
  /** The same number of keystrokes once the server has typed `settle` more (`measureSideBySide`). */
  settled?: { after: number; keystroke: Summary; cpuPerKeystroke: number };
  diagnostics: number;
}

/**
 * Types in the middle of the draft over a real LSP connection: a character, then its deletion,
 * again and again, each keystroke waiting for the diagnostics of its version. This times the
 * whole path a user feels: JSON-RPC both ways, the document update, the analysis and the
 * diagnostics' conversion.
 */
export async function measureKeystrokes(server: string, label: string, draft: BenchDraft, runs: number, env: Record<string, string> = {}): Promise<KeystrokeResult> {
  return pooled(label, draft, [await typeInSession(server, draft, runs, 0, env)]);
}

/**
 * The floor server and `server` in turns, `rounds` sessions each, every session typing `runs`
 * keystrokes: whatever else the machine does while the bench runs (another process, the CPU's
 * clock, a virtual machine's neighbours) falls on both alike. Measured one after the other, a
 * slow minute could land on one side only, and a sub-millisecond floor's p95 moved by half
 * from one run to the next.
 *
 * Each session then types `settle` keystrokes unmeasured and `runs` more, measured: a server
 * just started runs much of its code before V8 has optimised it, and V8 compiles it on a
 * second thread, which on two cores takes its time from the editor and the server. On a short
 * draft that was 0.8 ms of CPU per keystroke in the first 200 keystrokes and 0.03 after
 * 3,000; the floor, one regular expression, is compiled within its first few. Both are
 * reported: the first what the first minute of typing meets, the second the rest of the day.
 */
export async function measureSideBySide(floor: string, server: string, draft: BenchDraft, runs: number, rounds: number, settle: number, env: Record<string, string> = {}): Promise<[KeystrokeResult, KeystrokeResult]> {
  const floorTyped: Typed[] = [];
  const serverTyped: Typed[] = [];
  for (let r = 0; r < rounds; r++) {
    floorTyped.push(await typeInSession(floor, draft, runs, settle, {}));
    serverTyped.push(await typeInSession(server, draft, runs, settle, env));
  }
  return [pooled('floor', draft, floorTyped), pooled('factdesk', draft, serverTyped)];
}

/** One session's keystrokes: each one's time and the server's CPU over them, right after opening and once settled; and its open. */
interface Typed {
  fresh: Timed;
  settled?: Timed & { after: number };
  open: number;
  diagnostics: number;
}

interface Timed {
  samples: number[];
  cpuMs: number;
}

async function typeInSession(server: string, draft: BenchDraft, runs: number, settle: number, env: Record<string, string>): Promise<Typed> {
  const session = new LspSession(server, env);
  try {
    await session.initialize();
    const uri = `file:///bench/${draft.name}.${draft.format === 'markdown' ? 'md' : 'txt'}`;
    const open = await session.open(uri, draft.format, draft.text);
    const { line, character } = middleOf(draft.text);
    let typed = 0;
    // A character, then its deletion: the draft is back as it was after every second keystroke.
    const keystroke = () => (typed++ % 2 === 0 ? session.edit(uri, line, character, character, 'x') : session.edit(uri, line, character, character + 1, ''));
    const timed = async (): Promise<Timed> => {
      const samples: number[] = [];
      const cpu0 = session.cpuMs();
      for (let i = 0; i < runs; i++) samples.push(await keystroke());
      return { samples, cpuMs: session.cpuMs() - cpu0 };
    };
    for (let i = 0; i < 10; i++) await keystroke();
    const fresh = await timed();
    if (settle === 0) return { fresh, open, diagnostics: session.lastCount };
    for (let i = 0; i < settle; i++) await keystroke();
    return { fresh, settled: { ...(await timed()), after: typed }, open, diagnostics: session.lastCount };
  } finally {
    await session.stop();
  }
}

function pooled(label: string, draft: BenchDraft, typed: readonly Typed[]): KeystrokeResult {
  const summary = (timed: readonly Timed[]) => {
    const samples = timed.flatMap((t) => t.samples);
    return { keystroke: summarize(samples), cpuPerKeystroke: round(timed.reduce((sum, t) => sum + t.cpuMs, 0) / samples.length) };
  };
  const settled = typed.flatMap((t) => (t.settled ? [t.settled] : []));
  return {
    draft: draft.name,
    server: label,
    open: Math.round(summarize(typed.map((t) => t.open)).median),
    ...summary(typed.map((t) => t.fresh)),
    ...(settled.length > 0 ? { settled: { after: Math.min(...settled.map((t) => t.after)), ...summary(settled) } } : {}),
    diagnostics: typed.at(-1)!.diagnostics,
  };
}

export interface MemoryResult {
  draft: string;
  edits: number;
  /** RSS after opening, then after every tenth of the edits. */
  rssMb: number[];
  peakMb: number;
  /** RSS after each edit, summed up: the collector's sawtooth and the pages it keeps. */
  rssTrend: Trend;
  /** The live heap after a full collection, after opening and after every tenth of the edits. */
  liveHeapMb: number[];
  /** Whether the live heap grows over the edits: what a leak would show. */
  growth: Growth;
}

/** The preload that reports the server's live heap (`heapProbe.cjs`). */
const HEAP_PROBE = join(__dirname, 'heapProbe.cjs');

/**
 * Opens the draft and revises it as a writer does, a keystroke and its deletion in one paragraph,
 * then the next pair in another, spread evenly over the draft; samples the server's memory after
 * each. Typing in one place only would miss memory held per edited paragraph (a cached block
 * analysis that keeps the whole draft of its day alive).
 */
export async function measureMemory(server: string, draft: BenchDraft, edits: number, env: Record<string, string> = {}): Promise<MemoryResult> {
  const probe = join(mkdtempSync(join(tmpdir(), 'factdesk-heap-')), 'live-heap');
  writeFileSync(probe, '');
  const session = new LspSession(server, { ...env, FACTDESK_HEAP_PROBE: probe }, ['--expose-gc', '-r', HEAP_PROBE]);
  try {
    await session.initialize();
    const uri = `file:///bench/${draft.name}.md`;
    await session.open(uri, draft.format, draft.text);
    const paragraphs = paragraphsOf(draft.text);
    const rssMb = [session.memory().rssMb];
    const liveHeapMb = [await liveHeap(session.pid, probe)];
    const afterEach: number[] = [];
    for (let i = 1; i <= edits; i++) {
      const pair = (i - 1) >> 1;
      const { line, character } = paragraphs[Math.floor((pair * paragraphs.length) / Math.ceil(edits / 2))]!;
      if (i % 2 === 1) await session.edit(uri, line, character, character, 'x');
      else await session.edit(uri, line, character, character + 1, '');
      afterEach.push(session.memory().rssMb);
      if (i % Math.max(1, Math.floor(edits / 10)) === 0) {
        rssMb.push(afterEach.at(-1)!);
        liveHeapMb.push(await liveHeap(session.pid, probe));
      }
    }
    return { draft: draft.name, edits, rssMb, peakMb: session.memory().peakMb, rssTrend: trend(afterEach), liveHeapMb, growth: growth(liveHeapMb) };
  } finally {
    await session.stop();
    rmSync(dirname(probe), { recursive: true, force: true });
  }
}

/** Asks the server's heap probe for its live heap, in MB, and waits for the answer. */
async function liveHeap(pid: number, probe: string): Promise<number> {
  const answered = () => readFileSync(probe, 'utf8').split('\n').filter(Boolean);
  const before = answered().length;
  process.kill(pid, 'SIGUSR2');
  for (let waited = 0; waited < 10_000; waited += 10) {
    const lines = answered();
    if (lines.length > before) return round(Number(lines.at(-1)) / 2 ** 20, 1);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`the server's heap probe did not answer within 10 s (${probe})`);
}

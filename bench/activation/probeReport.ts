/**
 * What bench/activation/probe.ts, inside VS Code's extension host, reports to the bench outside
 * it, and how the bench reads the activation times out of it. No `vscode` import: the bench
 * runs in plain Node.
 */

/** `publisher.name` in package.json. */
export const EXTENSION_ID = 'factdesk.factdesk';

/** The file the probe writes beside the workspace folder. */
export const PROBE_REPORT = 'probe-report.json';

export interface ProbeReport {
  /** From `openTextDocument` to Factdesk's first diagnostics for the draft in the extension host. */
  coldOpenMs: number;
  /** Whether VS Code had activated the extension before the draft was opened. */
  activeBeforeOpen: boolean;
  diagnostics: number;
  /** The text of VS Code's "Startup Performance" view (`perf:` scheme), with its activation table. */
  perfView: string;
}

/** One extension's activation as VS Code's extension host timed it (ActivationTimes), in ms. */
export interface ActivationTimes {
  /** Loading the extension's main module (`require`). */
  codeLoading: number;
  /** The synchronous part of `activate()`. */
  activateCall: number;
  /** From `activate()` returning to its promise resolving. */
  activateResolved: number;
  /** Whether VS Code activated it at start-up rather than on an event. */
  eager: boolean;
  /** The activation event, e.g. `onLanguage:plaintext`. */
  event: string;
}

const HEADING = '## Extension Activation Stats';
/** The columns of that table in VS Code's perfviewEditor.ts, by header. */
const COLUMNS = { id: 'Extension', eager: 'Eager', codeLoading: 'Load Code', activateCall: 'Call Activate', activateResolved: 'Finish Activate', event: 'Event' };

/**
 * The row of `extensionId` in the "Extension Activation Stats" table of the Startup Performance
 * view, which lists what the extension host recorded for each activated extension (the numbers
 * "Developer: Show Running Extensions" shows). Undefined when the table or the row is missing.
 */
export function activationTimes(perfView: string, extensionId: string): ActivationTimes | undefined {
  const lines = perfView.split('\n');
  const start = lines.findIndex((l) => l.trim() === HEADING);
  if (start < 0) return undefined;
  const table: string[][] = [];
  for (const line of lines.slice(start + 1).map((l) => l.trim())) {
    if (line.startsWith('|')) table.push(line.slice(1, line.endsWith('|') ? -1 : undefined).split('|').map((c) => c.trim()));
    else if (table.length > 0) break;
  }
  const header = table[0] ?? [];
  const column = (name: string) => header.indexOf(name);
  const at = Object.fromEntries(Object.entries(COLUMNS).map(([key, name]) => [key, column(name)])) as Record<keyof typeof COLUMNS, number>;
  if (Object.values(at).some((i) => i < 0)) return undefined;
  const row = table.slice(2).find((r) => r[at.id]?.toLowerCase() === extensionId.toLowerCase());
  if (!row) return undefined;
  const number = (i: number) => (row[i] !== undefined && /^\d+(?:\.\d+)?$/.test(row[i]) ? Number(row[i]) : NaN);
  const times = { codeLoading: number(at.codeLoading), activateCall: number(at.activateCall), activateResolved: number(at.activateResolved) };
  if (Object.values(times).some(Number.isNaN)) return undefined;
  return { ...times, eager: row[at.eager] === 'true', event: row[at.event] ?? '' };
}

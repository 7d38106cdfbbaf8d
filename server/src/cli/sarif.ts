import type * as Sarif from 'sarif';
import * as path from 'node:path';
import { RULES } from '../engine/rules';
import type { Severity } from '../engine/types';
import type { FileReport, Range } from './checkFile';
import { ruleHelp } from './ruleHelp';

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: every rule with its description and help,
 * every finding with its rule, level, message and a region (1-based lines and columns, in
 * UTF-16 code units as LSP counts them), related mentions as related locations, and the run's
 * problem lines as notifications of its invocation. Paths are relative to the working
 * directory, which in CI is the repository root.
 */
export function toSarif(reports: readonly FileReport[], version: string, run: { problems: readonly string[]; successful: boolean }, cwd = process.cwd()): Sarif.Log {
  const ruleIndex = new Map<string, number>(RULES.map((r, i) => [r.id, i]));
  const results: Sarif.Result[] = [];
  for (const report of reports) {
    if (!report.ok) continue;
    const uri = path.relative(cwd, path.resolve(cwd, report.file.path)).split(path.sep).join('/');
    report.file.findings.forEach((f, i) => {
      const related = (f.data['related'] as { message: string }[] | undefined) ?? [];
      results.push({
        ruleId: f.rule,
        ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule)! } : {}),
        level: LEVEL[f.severity as Severity],
        message: { text: f.message },
        locations: [location(uri, f.range)],
        ...(related.length
          ? { relatedLocations: related.map((r, j) => ({ id: j, ...location(uri, report.related[i]![j]!), message: { text: r.message } })) }
          : {}),
      });
    });
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'factdesk',
            version,
            rules: RULES.map((r) => ({
              id: r.id,
              name: pascalCase(r.id),
              shortDescription: { text: r.description },
              fullDescription: { text: r.description },
              help: ruleHelp(r.id),
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
              properties: { tags: ['editorial'] },
            })),
          },
        },
        // What could not be checked (unreadable files, an invalid .factdesk.json), as on stderr.
        invocations: [
          {
            executionSuccessful: run.successful,
            toolExecutionNotifications: run.problems.map((text) => ({ level: 'error' as const, message: { text } })),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

function location(uri: string, range: Range): Sarif.Location {
  return {
    physicalLocation: {
      artifactLocation: { uri },
      region: { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 },
    },
  };
}

/** `unattributed-figure` → `UnattributedFigure`: SARIF's readable rule name. */
function pascalCase(id: string): string {
  return id.replace(/(?:^|-)([a-z])/g, (_, c: string) => c.toUpperCase());
}

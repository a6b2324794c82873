import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkDraft } from '../core/claims/checkDraft';
import { findingsOf, type Finding } from '../core/claims/findings';
import type { CorpusIndex } from '../core/index/corpusIndex';
import { parseMarkdown } from '../core/markdown/parseMarkdown';
import { LineMap } from '../core/position';

export interface CheckCommandOptions {
  format: 'text' | 'json' | 'sarif';
  language: 'auto' | 'fr' | 'en';
}

interface FileReport {
  path: string;
  lines: LineMap;
  findings: Finding[];
  claims: number;
  supported: number;
  error?: string;
}

const severities: Record<Finding['code'], 'error' | 'warning' | 'note'> = {
  'contradicted-claim': 'error',
  'miscited-claim': 'warning',
  'unknown-source': 'warning',
  'unsupported-claim': 'note',
};

/**
 * `grounded check`: checks drafts and prints findings as text, JSON or SARIF 2.1.0.
 * Exit code 1 when a claim is contradicted, 2 when a draft cannot be read, else 0. Never writes to the drafts.
 */
export function checkCommand(drafts: string[], index: CorpusIndex, options: CheckCommandOptions): number {
  const reports = drafts.map((draft) => checkFile(path.resolve(draft), index, options));
  const output = options.format === 'json' ? toJson(reports) : options.format === 'sarif' ? toSarif(reports) : toText(reports);
  process.stdout.write(output);
  if (reports.some((r) => r.error)) return 2;
  return reports.some((r) => r.findings.some((f) => f.code === 'contradicted-claim')) ? 1 : 0;
}

function checkFile(filePath: string, index: CorpusIndex, options: CheckCommandOptions): FileReport {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    return { path: filePath, lines: new LineMap(''), findings: [], claims: 0, supported: 0, error: `cannot read ${filePath}: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  const results = checkDraft(parseMarkdown(text), index, { language: options.language }) ?? [];
  return {
    path: filePath,
    lines: new LineMap(text),
    findings: findingsOf(results, index),
    claims: results.filter((r) => r.analysis.isClaim).length,
    supported: results.filter((r) => r.verdict.label === 'supported').length,
  };
}

function toText(reports: FileReport[]): string {
  const out: string[] = [];
  for (const report of reports) {
    const relative = path.relative(process.cwd(), report.path) || report.path;
    if (report.error) {
      out.push(`${relative}: error: ${report.error}`);
      continue;
    }
    for (const f of report.findings) {
      const at = report.lines.positionAt(f.span.start);
      const quoted = report.lines.text.slice(f.span.start, f.span.end).replace(/\s+/g, ' ');
      out.push(`${relative}:${at.line + 1}:${at.character + 1}: ${severities[f.code]} [${f.code}] ${f.message}`);
      out.push(`    « ${quoted.length > 100 ? `${quoted.slice(0, 97)}…` : quoted} »`);
      for (const e of f.evidence) {
        out.push(`    source: ${path.relative(process.cwd(), e.path)}:${e.range.start.line + 1} « ${e.text.length > 140 ? `${e.text.slice(0, 137)}…` : e.text} »`);
      }
      for (const fix of f.fixes) out.push(`    fix: ${fix.title}`);
    }
    const counts = countBy(report.findings);
    out.push(
      `${relative}: ${report.claims} claims checked: ${report.supported} supported, ${counts['contradicted-claim'] ?? 0} contradicted, ` +
        `${counts['unsupported-claim'] ?? 0} unsupported, ${(counts['unknown-source'] ?? 0) + (counts['miscited-claim'] ?? 0)} citation problems`,
    );
  }
  return `${out.join('\n')}\n`;
}

function countBy(findings: Finding[]): Partial<Record<Finding['code'], number>> {
  const counts: Partial<Record<Finding['code'], number>> = {};
  for (const f of findings) counts[f.code] = (counts[f.code] ?? 0) + 1;
  return counts;
}

function toJson(reports: FileReport[]): string {
  return `${JSON.stringify(
    reports.map((r) => ({
      path: r.path,
      error: r.error,
      claims: r.claims,
      supported: r.supported,
      findings: r.findings.map((f) => ({
        code: f.code,
        severity: severities[f.code],
        message: f.message,
        range: r.lines.rangeOf(f.span.start, f.span.end),
        text: r.lines.text.slice(f.span.start, f.span.end),
        confidence: f.confidence,
        evidence: f.evidence,
        fixes: f.fixes.map((fix) => ({ title: fix.title, range: r.lines.rangeOf(fix.span.start, fix.span.end), newText: fix.newText })),
      })),
    })),
    null,
    2,
  )}\n`;
}

function toSarif(reports: FileReport[]): string {
  const rules = (Object.keys(severities) as Finding['code'][]).map((id) => ({
    id,
    shortDescription: { text: id.replace(/-/g, ' ') },
    defaultConfiguration: { level: severities[id] },
  }));
  const results = reports.flatMap((r) =>
    r.findings.map((f) => {
      const range = r.lines.rangeOf(f.span.start, f.span.end);
      return {
        ruleId: f.code,
        level: severities[f.code],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: pathToFileURL(r.path).toString() },
              region: { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 },
            },
          },
        ],
        relatedLocations: f.evidence.map((e, i) => ({
          id: i,
          message: { text: e.title },
          physicalLocation: { artifactLocation: { uri: pathToFileURL(e.path).toString() }, region: { startLine: e.range.start.line + 1, startColumn: e.range.start.character + 1 } },
        })),
        fixes: f.fixes.map((fix) => {
          const fixRange = r.lines.rangeOf(fix.span.start, fix.span.end);
          return {
            description: { text: fix.title },
            artifactChanges: [
              {
                artifactLocation: { uri: pathToFileURL(r.path).toString() },
                replacements: [
                  {
                    deletedRegion: { startLine: fixRange.start.line + 1, startColumn: fixRange.start.character + 1, endLine: fixRange.end.line + 1, endColumn: fixRange.end.character + 1 },
                    insertedContent: { text: fix.newText },
                  },
                ],
              },
            ],
          };
        }),
      };
    }),
  );
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'grounded', version: '0.1.0', informationUri: 'https://github.com/grounded/grounded', rules } }, results }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

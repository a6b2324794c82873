import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseSourcePath } from '../pg/reader';
import { checkDraft, draftLanguage } from '../core/claims/checkDraft';
import { draftSentences } from '../core/claims/draftSentences';
import { findingsOf, type Finding } from '../core/claims/findings';
import { answer, type CorpusReader } from '../core/backend/corpusReader';
import { parseMarkdown } from '../core/markdown/parseMarkdown';
import { languageVotes } from '../core/text/stem';
import { LineMap } from '../core/position';
import type { Lang } from '../core/types';
import { defaultSettings, type SeveritySetting } from '../settings';
import { presentFinding, type PresentedFinding } from '../service/present/findings';
import { messages } from '../service/present/messages';

export interface CheckCommandOptions {
  format: 'text' | 'json' | 'sarif';
  language: 'auto' | 'fr' | 'en';
}

interface FileReport {
  path: string;
  lines: LineMap;
  /** The draft's language, which everything said about it follows. */
  lang: Lang;
  findings: (Finding & { presented: PresentedFinding })[];
  claims: number;
  supported: number;
  /** Each claim's verdict, in draft order (JSON lists them: which claims are supported, and by what). */
  verdicts: ClaimVerdict[];
  error?: string;
}

/** A claim of a draft and what the checker found of it, reported or not. */
interface ClaimVerdict {
  span: { start: number; end: number };
  text: string;
  verdict: 'supported' | 'contradicted' | 'unsupported';
  /** Whether a finding says it (an unsupported claim whose closest passage states most of it is not reported). */
  reported: boolean;
  confidence: number;
  /** The best evidence's document id, when there is one. */
  source?: string;
}

type Severity = Exclude<SeveritySetting, 'off'>;

/** The editor's defaults (`grounded.diagnostics.*`; citation problems are warnings there too), by the same names. */
const severities: Record<Finding['code'], Severity> = {
  'contradicted-claim': notOff(defaultSettings().diagnostics.contradicted),
  'miscited-claim': 'warning',
  'unknown-source': 'warning',
  'unsupported-claim': notOff(defaultSettings().diagnostics.unsupported),
};

function notOff(setting: SeveritySetting): Severity {
  return setting === 'off' ? 'hint' : setting;
}

/** SARIF 2.1.0 has no information or hint level: both are notes. */
const sarifLevels: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * `grounded check`: checks drafts and prints findings as text, JSON or SARIF 2.1.0.
 * Exit code 1 when a claim is contradicted, 2 when a draft cannot be read, else 0. Never writes to the drafts.
 */
export async function checkCommand(drafts: string[], index: CorpusReader, options: CheckCommandOptions): Promise<number> {
  const reports: FileReport[] = [];
  // A database corpus fetches what each check reads (see answer); the embedded index answers at once.
  for (const draft of drafts) reports.push(await answer([index], () => checkFile(path.resolve(draft), index, options)));
  const output = options.format === 'json' ? toJson(reports) : options.format === 'sarif' ? toSarif(reports) : toText(reports);
  process.stdout.write(output);
  if (reports.some((r) => r.error)) return 2;
  return reports.some((r) => r.findings.some((f) => f.code === 'contradicted-claim')) ? 1 : 0;
}

function checkFile(filePath: string, index: CorpusReader, options: CheckCommandOptions): FileReport {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    return { path: filePath, lines: new LineMap(''), lang: 'en', findings: [], claims: 0, supported: 0, verdicts: [], error: `cannot read ${filePath}: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  const parsed = parseMarkdown(text);
  // A draft inside a corpus folder is indexed with it: it is never its own evidence.
  const results = checkDraft(parsed, index, { language: options.language, draftPath: filePath }) ?? [];
  const sentences = draftSentences(parsed);
  const votes = languageVotes(sentences.map((s) => s.text).join(' '));
  // A draft with no word of either language (empty, or only names and figures) is told about in the terminal's.
  const lang = options.language === 'auto' && votes.fr === 0 && votes.en === 0 ? localeLanguage() : draftLanguage(sentences, options.language);
  const findings = findingsOf(results, index).map((f) => ({ ...f, presented: presentFinding(f, text, lang) }));
  const reportedClaims = new Set(findings.flatMap((f) => (f.code === 'contradicted-claim' || f.code === 'unsupported-claim' ? [f.sentenceSpan?.start ?? f.span.start] : [])));
  const verdicts: ClaimVerdict[] = results.flatMap(({ sentence, analysis, verdict }) =>
    analysis.isClaim && verdict.label !== 'none'
      ? [{
          span: sentence.span,
          text: sentence.text,
          verdict: verdict.label,
          reported: verdict.label === 'supported' || reportedClaims.has(sentence.span.start),
          confidence: verdict.confidence,
          ...(verdict.evidence[0] ? { source: verdict.evidence[0].doc.id } : {}),
        }]
      : [],
  );
  return {
    path: filePath,
    lines: new LineMap(text),
    lang,
    findings,
    claims: results.filter((r) => r.analysis.isClaim).length,
    supported: results.filter((r) => r.verdict.label === 'supported').length,
    verdicts,
  };
}

function toText(reports: FileReport[]): string {
  const out: string[] = [];
  for (const report of reports) {
    const relative = shownPath(report.path);
    if (report.error) {
      out.push(`${relative}: error: ${report.error}`);
      continue;
    }
    const l = messages[report.lang];
    for (const f of report.findings) {
      const at = report.lines.positionAt(f.span.start);
      // A hard line break (a backslash before the line end) is a space in the sentence, not a character of it.
      const quoted = report.lines.text.slice(f.span.start, f.span.end).replace(/\\(?=\r?\n)/g, '').replace(/\s+/g, ' ');
      out.push(`${relative}:${at.line + 1}:${at.character + 1}: ${l.severities[severities[f.code]]} [${f.code}] ${f.presented.message}`);
      out.push(`    ${l.quote(quoted.length > 100 ? `${quoted.slice(0, 97)}…` : quoted)}`);
      for (const { ref, label } of f.presented.evidence) {
        out.push(`    ${l.cli.source}${l.colon}${displayPath(ref.path)}:${ref.range.start.line + 1} ${label}`);
      }
      for (const fix of f.presented.fixes) out.push(`    ${l.cli.fix}${l.colon}${fix.title}`);
    }
    const counts = countBy(report.findings);
    const unreported = report.verdicts.filter((v) => !v.reported).length;
    out.push(
      `${relative}: ${l.summary(report.claims, report.supported, counts['contradicted-claim'] ?? 0, counts['unsupported-claim'] ?? 0, (counts['unknown-source'] ?? 0) + (counts['miscited-claim'] ?? 0))}${unreported > 0 ? l.cli.unreported(unreported) : ''}`,
    );
  }
  return `${out.join('\n')}\n`;
}

/**
 * A source's path as the CLI's text shows it, for a terminal user to open: a file relative to the current folder;
 * a database's document (a grounded-source: URI) by its key, its path under the corpus folder it was loaded from.
 * JSON and SARIF keep the URI.
 */
export function displayPath(p: string): string {
  const source = parseSourcePath(p);
  if (source) return source.key;
  return path.isAbsolute(p) ? shownPath(p) : p;
}

/**
 * A file's path as the CLI prints it: relative to the current folder when the file is under it, else absolute
 * (`../../../work/notes/draft.md` from another folder is harder to read and to paste than `/work/notes/draft.md`).
 */
export function shownPath(p: string): string {
  const relative = path.relative(process.cwd(), p);
  return relative === '' ? p : relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(p) : relative;
}

/** The language of the terminal's locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`): French for `fr…`, else English. */
export function localeLanguage(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^fr/i.test(locale) ? 'fr' : 'en';
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
      verdicts: r.verdicts.map((v) => ({ range: r.lines.rangeOf(v.span.start, v.span.end), text: v.text, verdict: v.verdict, reported: v.reported, confidence: v.confidence, source: v.source })),
      findings: r.findings.map((f) => ({
        code: f.code,
        severity: severities[f.code],
        message: f.presented.message,
        range: r.lines.rangeOf(f.span.start, f.span.end),
        text: r.lines.text.slice(f.span.start, f.span.end),
        confidence: f.confidence,
        evidence: f.presented.evidence.map(({ ref, label }) => ({ ...ref, label })),
        fixes: f.presented.fixes.map((fix) => ({ title: fix.title, range: r.lines.rangeOf(fix.span.start, fix.span.end), newText: fix.newText })),
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
    defaultConfiguration: { level: sarifLevels[severities[id]] },
  }));
  const results = reports.flatMap((r) =>
    r.findings.map((f) => {
      const range = r.lines.rangeOf(f.span.start, f.span.end);
      return {
        ruleId: f.code,
        level: sarifLevels[severities[f.code]],
        message: { text: f.presented.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: pathToFileURL(r.path).toString() },
              region: { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 },
            },
          },
        ],
        relatedLocations: f.presented.evidence.map(({ ref: e, label }, i) => ({
          id: i,
          message: { text: label },
          physicalLocation: { artifactLocation: { uri: path.isAbsolute(e.path) ? pathToFileURL(e.path).toString() : e.path }, region: { startLine: e.range.start.line + 1, startColumn: e.range.start.character + 1 } },
        })),
        fixes: f.presented.fixes.map((fix) => {
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

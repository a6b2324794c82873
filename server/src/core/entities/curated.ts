import damerauLevenshtein from 'damerau-levenshtein';
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { isAlias, isMap, isScalar, parseDocument, visit, type Document } from 'yaml';
import { z } from 'zod';
import { LineMap } from '../position';
import { fold } from '../text/normalize';
import type { CorpusProblem, Span } from '../types';
import { entityKinds, type CuratedEntity, type EntityKind } from './types';

export { curatedFileNames } from '../corpus/patterns';

const name = z.string().trim().min(1);
const names = z.array(name);

const entrySchema = z.strictObject({
  name,
  aliases: names.optional(),
  kind: z.enum(entityKinds as unknown as [EntityKind, ...EntityKind[]]).optional(),
  definition: name.optional(),
  hide: z.boolean().optional(),
  merge: names.optional(),
  split: names.optional(),
});

type Field = keyof typeof entrySchema.shape;

const fields = Object.keys(entrySchema.shape) as Field[];

const expected: Record<Field, string> = {
  name: 'a non-empty string',
  aliases: 'a list of names',
  kind: `one of ${entityKinds.join(', ')}`,
  definition: 'a non-empty string',
  hide: 'true or false',
  merge: 'a list of names',
  split: 'a list of names',
};

/** Words people reach for instead of a field's name, too far apart for an edit distance to catch. */
const synonyms: Record<string, Field> = {
  alias: 'aliases',
  type: 'kind',
  description: 'definition',
  hidden: 'hide',
  ignore: 'hide',
};

type Segment = string | number;

/** Where a value, and the key that holds it, are in the file. */
interface Location {
  value: Span;
  key?: Span;
}

/** A parsed file: its plain value, and how to find a path's source. */
interface SourceTree {
  value: unknown;
  locate(path: Segment[]): Location | undefined;
}

/**
 * Parses a curated entity file (`grounded.entities.json` as JSON, otherwise YAML): either a mapping
 * with an `entities` list or a bare list. Syntax errors and a wrong top-level shape are errors and
 * load nothing; an entry with any bad or unknown field is reported as a warning and dropped whole,
 * so that a half-read curation never applies. A name repeated (case and accents folded) keeps the
 * first entry. An empty file has no entities and no problem. Never throws.
 */
export function parseCurated(text: string, filePath: string): { entities: CuratedEntity[]; problems: CorpusProblem[] } {
  const problems: CorpusProblem[] = [];
  const lines = new LineMap(text);
  const report = (severity: 'error' | 'warning', message: string, span?: Span) => {
    problems.push({ path: filePath, severity, message, range: span ? lines.rangeOf(span.start, span.end) : undefined });
  };
  if (text.trim() === '') return { entities: [], problems };
  try {
    // A byte-order mark becomes a space so that offsets stay those of the text.
    const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
    const tree = filePath.toLowerCase().endsWith('.json') ? readJson(source, report) : readYaml(source, report);
    if (!tree) return { entities: [], problems };
    return { entities: readEntities(tree, text, report), problems };
  } catch (error) {
    report('error', `the curated entity file could not be read: ${firstLine(String(error))}`, firstLineOf(text, { start: 0, end: text.length }));
    return { entities: [], problems };
  }
}

type Report = (severity: 'error' | 'warning', message: string, span?: Span) => void;

const jsonErrors: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'a property name in double quotes is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: 'a colon is expected',
  CommaExpected: 'a comma is expected',
  CloseBraceExpected: 'a closing brace } is expected',
  CloseBracketExpected: 'a closing bracket ] is expected',
  EndOfFileExpected: 'nothing may follow the top-level value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid Unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string',
};

function readJson(text: string, report: Report): SourceTree | undefined {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true });
  // Only the first: the parser's recovery makes the later errors mostly echoes of it.
  const error = errors[0];
  if (error) {
    const code = printParseErrorCode(error.error);
    report('error', `not valid JSON: ${jsonErrors[code] ?? code}`, { start: error.offset, end: error.offset + Math.max(1, error.length) });
    return undefined;
  }
  if (!root) return undefined;
  if (reportDuplicateJsonKeys(root, report)) return undefined;
  return {
    value: getNodeValue(root),
    locate(path) {
      const node = findNodeAtLocation(root, path);
      if (!node) return undefined;
      const keyNode = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
      return {
        value: { start: node.offset, end: node.offset + node.length },
        key: keyNode ? { start: keyNode.offset, end: keyNode.offset + keyNode.length } : undefined,
      };
    },
  };
}

/** Reports keys repeated in one object, as YAML does; JSON.parse would silently keep the last. */
function reportDuplicateJsonKeys(node: JsonNode, report: Report): boolean {
  let found = false;
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const key = property.children?.[0];
      if (!key) continue;
      if (seen.has(key.value)) {
        report('error', `not valid JSON: duplicate key "${key.value}"`, { start: key.offset, end: key.offset + key.length });
        found = true;
      }
      seen.add(key.value);
    }
  }
  for (const child of node.children ?? []) found = reportDuplicateJsonKeys(child, report) || found;
  return found;
}

function readYaml(text: string, report: Report): SourceTree | undefined {
  // logLevel 'error': YAML's own warnings (a collection as a key) would go to the server's stderr.
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  for (const error of doc.errors) {
    report('error', `not valid YAML: ${firstLine(error.message)}`, { start: error.pos[0], end: Math.max(error.pos[1], error.pos[0] + 1) });
  }
  if (doc.errors.length > 0) return undefined;
  let value: unknown;
  try {
    // Alias expansion is capped: a "billion laughs" file fails instead of eating memory.
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    report('error', `the curated entity file could not be read: ${firstLine(String(error))}`, firstAliasSpan(doc));
    return undefined;
  }
  return { value, locate: (path) => locateYaml(doc, path) };
}

function locateYaml(doc: Document, path: Segment[]): Location | undefined {
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  let key: Span | undefined;
  if (path.length > 0) {
    const parent = doc.getIn(path.slice(0, -1), true);
    const last = path[path.length - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
      if (pair && isScalar(pair.key) && pair.key.range) key = { start: pair.key.range[0], end: pair.key.range[1] };
    }
  }
  const range = node && typeof node === 'object' && 'range' in node ? node.range : undefined;
  if (!range && !key) return undefined;
  const value = range ? { start: range[0], end: range[1] } : key!;
  return { value: value.end > value.start || !key ? value : key, key };
}

function firstAliasSpan(doc: Document): Span | undefined {
  let span: Span | undefined;
  visit(doc, {
    Alias(_, node) {
      if (isAlias(node) && node.range) span = { start: node.range[0], end: node.range[1] };
      return visit.BREAK;
    },
  });
  return span;
}

function readEntities(tree: SourceTree, text: string, report: Report): CuratedEntity[] {
  const top = tree.value;
  if (top === null || top === undefined) return [];
  let list: unknown;
  let base: Segment[];
  if (Array.isArray(top)) {
    list = top;
    base = [];
  } else if (isRecord(top)) {
    const keys = Object.keys(top);
    if (!('entities' in top)) {
      const close = keys.find((key) => suggest(key, ['entities']) !== undefined);
      const span = spanOf(tree, text, close !== undefined ? [close] : [], true);
      report(
        'error',
        close !== undefined
          ? `unknown top-level field "${close}"; did you mean "entities"? No entities loaded`
          : 'the file must be a list of entities, or a mapping with an "entities" list; no entities loaded',
        span,
      );
      return [];
    }
    for (const key of keys) {
      if (key !== 'entities') report('warning', `unknown top-level field "${key}" ignored; only "entities" is read`, spanOf(tree, text, [key], true));
    }
    list = top.entities;
    base = ['entities'];
  } else {
    report('error', `the file must be a list of entities, or a mapping with an "entities" list, not ${describe(top)}`, spanOf(tree, text, []));
    return [];
  }
  if (list === null) return [];
  if (!Array.isArray(list)) {
    report('error', `entities: must be a list of entities, not ${describe(list)}; no entities loaded`, spanOf(tree, text, base));
    return [];
  }

  const entities: CuratedEntity[] = [];
  const byName = new Map<string, string>();
  list.forEach((raw, index) => {
    const path = [...base, index];
    const label = pathLabel(path);
    if (!isRecord(raw)) {
      report('warning', `${label}: an entry must be a mapping with at least a "name", not ${describe(raw)} (entry ignored)`, spanOf(tree, text, path));
      return;
    }
    // An empty YAML field (`kind:`) means absent, as in front matter; a missing name is still reported.
    const entry = Object.fromEntries(Object.entries(raw).filter(([key, value]) => key === 'name' || value !== null));
    const result = entrySchema.safeParse(entry);
    if (!result.success) {
      const ignored = typeof raw.name === 'string' && raw.name.trim() !== '' ? `(entry "${raw.name.trim()}" ignored)` : '(entry ignored)';
      for (const issue of result.error.issues) {
        for (const { message, at } of describeIssue(issue, entry)) {
          report('warning', `${pathLabel([...path, ...at.segments])}: ${message} ${ignored}`, spanOf(tree, text, [...path, ...at.segments], at.key));
        }
      }
      return;
    }
    const folded = fold(result.data.name);
    const first = byName.get(folded);
    if (first !== undefined) {
      report('warning', `${label}.name: "${result.data.name}" repeats ${first}; only the first entry is used`, spanOf(tree, text, [...path, 'name']));
      return;
    }
    byName.set(folded, `${label} ("${result.data.name}")`);
    entities.push(result.data);
  });
  return entities;
}

/** The source of a path, or of its nearest ancestor in the file, cut at its first line. */
function spanOf(tree: SourceTree, text: string, path: Segment[], key?: boolean): Span | undefined {
  for (let length = path.length; length >= 0; length--) {
    const location = tree.locate(path.slice(0, length));
    if (!location) continue;
    return firstLineOf(text, key && length === path.length ? (location.key ?? location.value) : location.value);
  }
  return undefined;
}

interface IssueReport {
  message: string;
  at: { segments: Segment[]; key?: boolean };
}

function describeIssue(issue: z.core.$ZodIssue, entry: Record<string, unknown>): IssueReport[] {
  const segments = issue.path.filter((s): s is Segment => typeof s !== 'symbol');
  const field = typeof segments[0] === 'string' ? (segments[0] as Field) : undefined;
  const value = valueAt(entry, segments);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const close = suggest(key, fields);
        return {
          message: `unknown field "${key}"${close ? `; did you mean "${close}"?` : `; the fields are ${fields.join(', ')}`}`,
          at: { segments: [...segments, key], key: true },
        };
      });
    case 'invalid_value': {
      const close = typeof value === 'string' ? suggest(value, entityKinds) : undefined;
      return [{ message: `${describe(value)} is not one of ${entityKinds.join(', ')}${close ? `; did you mean "${close}"?` : ''}`, at: { segments } }];
    }
    case 'too_small':
      return [{ message: 'must not be empty', at: { segments } }];
    case 'invalid_type': {
      if (value === undefined) return [{ message: `the field "${segments[segments.length - 1]}" is missing`, at: { segments: segments.slice(0, -1) } }];
      const wanted = typeof segments[segments.length - 1] === 'number' ? 'a non-empty string' : field ? expected[field] : issue.expected;
      return [{ message: `must be ${wanted}, not ${describe(value)}`, at: { segments } }];
    }
    default:
      return [{ message: issue.message, at: { segments } }];
  }
}

/** The closest of `candidates` to a mistyped word, if it is close enough to be what was meant. */
function suggest(word: string, candidates: readonly string[]): string | undefined {
  const lower = fold(word.trim());
  if (lower === '') return undefined;
  const synonym = synonyms[lower];
  if (synonym && candidates.includes(synonym)) return synonym;
  let best: string | undefined;
  let bestSteps = Infinity;
  for (const candidate of candidates) {
    if (candidate === lower) return candidate;
    const { steps } = damerauLevenshtein(lower, candidate);
    if (steps <= Math.max(1, Math.floor(candidate.length / 3)) && steps < bestSteps) {
      best = candidate;
      bestSteps = steps;
    }
  }
  return best;
}

function valueAt(root: unknown, path: Segment[]): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<Segment, unknown>)[segment];
  }
  return value;
}

function pathLabel(path: Segment[]): string {
  let label = '';
  for (const segment of path) label += typeof segment === 'number' ? `[${segment}]` : label === '' ? segment : `.${segment}`;
  return label;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/** The span cut at its first line end: a whole entry underlined is more noise than help. */
function firstLineOf(text: string, span: Span | undefined): Span | undefined {
  if (!span) return undefined;
  const newline = text.slice(span.start, span.end).search(/[\r\n]/);
  return newline < 0 ? span : { start: span.start, end: span.start + newline };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function firstLine(text: string): string {
  return text.split('\n')[0];
}

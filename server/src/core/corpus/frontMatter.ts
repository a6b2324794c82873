import { parse as parseToml, TomlError } from 'smol-toml';
import { parseDocument, isMap } from 'yaml';
import { z } from 'zod';
import type { CorpusProblemCode, Lang, Span } from '../types';

/** Metadata of a corpus document, after validation and defaults. */
export interface DocumentMeta {
  id?: string;
  title?: string;
  lang?: Lang;
  date?: string;
  url?: string;
  author?: string;
}

/** How the front matter is written: YAML (`---` fences, or `---` … `...` as Pandoc allows) or TOML (`+++` fences, Hugo and Zola). */
export type FrontMatterFormat = 'yaml' | 'toml';

/** A front-matter problem, with the span of the offending text (offsets into the front matter text). */
export interface MetaProblem {
  message: string;
  span?: Span;
  /** See CorpusProblem. */
  code?: CorpusProblemCode;
  args?: string[];
}

const idPattern = /^[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&\-+?<>~/]*$/u;

const fieldSchemas = {
  id: z.string().trim().min(1).regex(idPattern, 'must be a citation key: letters, digits and _:.#$%&-+?<>~/, no spaces'),
  title: z.union([z.string().trim().min(1), z.number().transform(String)]),
  lang: z.enum(['fr', 'en']),
  date: z.union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))]),
  url: z.string().url(),
  author: z.union([z.string(), z.array(z.string()).transform((a) => a.join(', '))]),
} as const;

type Field = keyof typeof fieldSchemas;

/**
 * Parses and validates front matter, YAML or TOML (`text` is what lies between the fences). Each bad field is
 * reported and dropped; the others are kept. Unknown fields are allowed and ignored. Never throws.
 */
export function parseFrontMatter(text: string, format: FrontMatterFormat = 'yaml'): { meta: DocumentMeta; problems: MetaProblem[] } {
  // Most front matter is a few `field: value` lines, read without the YAML parser; with a bad field, the parser reads
  // it again for the field's span.
  const simple = format === 'yaml' ? readSimpleYaml(text) : undefined;
  if (simple) {
    const parsed = validFields(simple);
    if (parsed.problems.length === 0) return parsed;
  }
  return validFields(format === 'toml' ? readToml(text) : readYaml(text));
}

/** The fields of front matter read, validated: each bad one reported and dropped. */
function validFields(read: ReadFrontMatter): { meta: DocumentMeta; problems: MetaProblem[] } {
  if (!read.values) return { meta: {}, problems: read.problems };
  const problems = read.problems;
  const meta: DocumentMeta = {};
  for (const field of Object.keys(fieldSchemas) as Field[]) {
    const value = read.values[field];
    if (value === undefined || value === null) continue;
    const result = fieldSchemas[field].safeParse(value);
    if (result.success) {
      (meta as Record<string, unknown>)[field] = result.data;
    } else {
      problems.push({ message: `front matter field "${field}" ${describeIssue(result.error)}; ignored`, span: read.spanOf(field), code: 'front-matter-field', args: [field] });
    }
  }
  return { meta, problems };
}

/** Front matter read into plain values, before validation: undefined values when it cannot be read as a mapping. */
export interface ReadFrontMatter {
  values?: Record<string, unknown>;
  problems: MetaProblem[];
  /** Where a top-level field's value is, for a problem about it. */
  spanOf: (field: string) => Span | undefined;
}

/** A line of the YAML that {@link readSimpleYaml} reads: a plain field name at the margin, `:`, spaces and a value. */
const simpleYamlLine = /^([A-Za-z][A-Za-z0-9_]*): +(.*?) *$/;
/** The escapes of double-quoted YAML that {@link readSimpleYaml} reads (YAML 1.2, 5.7), by the character after `\\`. */
const yamlEscapes: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t' };
/** Plain scalars the YAML 1.2 core schema reads as null or a boolean. */
const yamlNullOrBoolean = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

/**
 * YAML front matter read without the YAML parser (which was a tenth of the time spent indexing 10,000 real articles,
 * CPU profile), when it is only lines `field: value` at the margin (blank lines between), each value one of: text in
 * double quotes (escapes \", \\, \/, \n and \t only), text in single quotes without a quote, a plain scalar starting with a letter
 * (not null, a boolean, a comment or a mapping), or a date written yyyy-mm-dd; each field once. What yaml's
 * parseDocument and toJS (YAML 1.2, core schema) give for the same text: strings. Undefined for any other front
 * matter, left to {@link readYaml}.
 */
export function readSimpleYaml(yamlText: string): ReadFrontMatter | undefined {
  const values: Record<string, unknown> = {};
  let fields = 0;
  for (const line of yamlText.split('\n')) {
    if (line === '') continue;
    const match = simpleYamlLine.exec(line);
    if (!match || Object.hasOwn(values, match[1])) return undefined;
    const value = simpleYamlValue(match[2]);
    if (value === undefined) return undefined;
    values[match[1]] = value;
    fields++;
  }
  return fields === 0 ? undefined : { values, problems: [], spanOf: () => undefined };
}

function simpleYamlValue(text: string): string | undefined {
  // No control characters, C1 controls, line or paragraph separators or byte order marks: the parser's to judge.
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(text)) return undefined;
  const first = text[0];
  if (first === '"') return /^"(?:[^"\\]|\\["\\/nt])*"$/.test(text) ? text.slice(1, -1).replace(/\\(.)/g, (_, c: string) => yamlEscapes[c]) : undefined;
  if (first === "'") return /^'[^']*'$/.test(text) ? text.slice(1, -1) : undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  if (!/^\p{L}/u.test(text) || yamlNullOrBoolean.test(text)) return undefined;
  // A colon before a space or at the end makes a mapping; a space before # starts a comment.
  return /:(?: |$)| #/.test(text) ? undefined : text;
}

function readYaml(yamlText: string): ReadFrontMatter {
  const none = { spanOf: () => undefined };
  let doc;
  try {
    // Alias expansion is capped: a "billion laughs" document fails instead of eating memory.
    doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    return { ...none, problems: [{ message: `front matter is not valid YAML: ${String(error)}`, code: 'front-matter-syntax', args: ['YAML'] }] };
  }
  const problems: MetaProblem[] = doc.errors.map((error) => ({ message: `front matter is not valid YAML: ${firstLine(error.message)}`, span: { start: error.pos[0], end: error.pos[1] }, code: 'front-matter-syntax', args: ['YAML'] }));
  if (doc.errors.length > 0 || doc.contents === null) return { ...none, problems };
  const contents = doc.contents;
  if (!isMap(contents)) {
    return { ...none, problems: [{ message: 'front matter must be a mapping of fields (id, title, lang, date, url, author)', code: 'front-matter-not-mapping' }] };
  }
  let values: unknown;
  try {
    values = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { ...none, problems: [{ message: `front matter could not be read: ${firstLine(String(error))}` }] };
  }
  return {
    values: values as Record<string, unknown>,
    problems,
    spanOf: (field) => {
      const node = contents.get(field, true) as { range?: [number, number, number] } | undefined;
      return node?.range ? { start: node.range[0], end: node.range[1] } : undefined;
    },
  };
}

/** TOML front matter, read with smol-toml (TOML 1.0): its dates come as Date objects, like YAML's. */
function readToml(tomlText: string): ReadFrontMatter {
  let values: Record<string, unknown>;
  try {
    values = parseToml(tomlText);
  } catch (error) {
    const message = `front matter is not valid TOML: ${firstLine(error instanceof Error ? error.message : String(error))}`;
    const span = error instanceof TomlError ? lineSpan(tomlText, error.line - 1) : undefined;
    return { problems: [{ message, ...(span ? { span } : {}), code: 'front-matter-syntax', args: ['TOML'] }], spanOf: () => undefined };
  }
  return { values, problems: [], spanOf: (field) => tomlFieldSpan(tomlText, field) };
}

/** The span of a top-level `field = value` line of TOML (top-level keys come before the first table header). */
function tomlFieldSpan(text: string, field: string): Span | undefined {
  const header = /^[ \t]*\[/m.exec(text);
  const top = header ? text.slice(0, header.index) : text;
  // Field names are plain words (id, title…): nothing to escape.
  const match = new RegExp(`^[ \\t]*(?:${field}|"${field}"|'${field}')[ \\t]*=[ \\t]*(.*)$`, 'm').exec(top);
  if (!match) return undefined;
  const start = match.index + match[0].length - match[1].length;
  return { start, end: start + match[1].trimEnd().length };
}

function lineSpan(text: string, line: number): Span | undefined {
  let start = 0;
  for (let i = 0; i < line; i++) {
    const next = text.indexOf('\n', start);
    if (next === -1) return undefined;
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return { start, end: end === -1 ? text.length : end };
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `is invalid (${issue.message})` : 'is invalid';
}

function firstLine(text: string): string {
  return text.split('\n')[0];
}

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
  const read = format === 'toml' ? readToml(text) : readYaml(text);
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
interface ReadFrontMatter {
  values?: Record<string, unknown>;
  problems: MetaProblem[];
  /** Where a top-level field's value is, for a problem about it. */
  spanOf: (field: string) => Span | undefined;
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

import { parseDocument, isMap } from 'yaml';
import { z } from 'zod';
import type { Lang, Span } from '../types';

/** Metadata of a corpus document, after validation and defaults. */
export interface DocumentMeta {
  id?: string;
  title?: string;
  lang?: Lang;
  date?: string;
  url?: string;
  author?: string;
}

/** A front-matter problem, with the span of the offending YAML (offsets into the front matter text). */
export interface MetaProblem {
  message: string;
  span?: Span;
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
 * Parses and validates YAML front matter. Each bad field is reported and dropped; the others are kept.
 * Unknown fields are allowed and ignored. Never throws.
 */
export function parseFrontMatter(yamlText: string): { meta: DocumentMeta; problems: MetaProblem[] } {
  const problems: MetaProblem[] = [];
  const meta: DocumentMeta = {};
  let doc;
  try {
    // Alias expansion is capped: a "billion laughs" document fails instead of eating memory.
    doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    return { meta, problems: [{ message: `front matter is not valid YAML: ${String(error)}` }] };
  }
  for (const error of doc.errors) {
    problems.push({ message: `front matter is not valid YAML: ${firstLine(error.message)}`, span: { start: error.pos[0], end: error.pos[1] } });
  }
  if (doc.errors.length > 0) return { meta, problems };
  if (doc.contents === null) return { meta, problems };
  if (!isMap(doc.contents)) {
    return { meta, problems: [{ message: 'front matter must be a mapping of fields (id, title, lang, date, url, author)' }] };
  }
  let values: unknown;
  try {
    values = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { meta, problems: [{ message: `front matter could not be read: ${firstLine(String(error))}` }] };
  }
  const record = values as Record<string, unknown>;
  for (const field of Object.keys(fieldSchemas) as Field[]) {
    if (record[field] === undefined || record[field] === null) continue;
    const result = fieldSchemas[field].safeParse(record[field]);
    if (result.success) {
      (meta as Record<string, unknown>)[field] = result.data;
    } else {
      const node = doc.contents.get(field, true) as { range?: [number, number, number] } | undefined;
      const span = node?.range ? { start: node.range[0], end: node.range[1] } : undefined;
      problems.push({ message: `front matter field "${field}" ${describeIssue(result.error)}; ignored`, span });
    }
  }
  return { meta, problems };
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `is invalid (${issue.message})` : 'is invalid';
}

function firstLine(text: string): string {
  return text.split('\n')[0];
}

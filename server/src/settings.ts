import { z } from 'zod';
import { displayUri } from './core/backend/databaseUri';

/** One of `values`, read case-insensitively and without surrounding spaces (`"Warning"` is `warning`). */
const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((value) => (typeof value === 'string' ? value.trim().toLowerCase() : value), z.enum(values));

const severity = choice(['error', 'warning', 'information', 'hint', 'off']);
/** How a kind of finding is shown: a diagnostic severity, or not at all. */
export type SeveritySetting = z.infer<typeof severity>;

/**
 * The `grounded` configuration section, nested as VS Code sends it (`corpus.paths` is `{ corpus: { paths } }`),
 * each key with its default. package.json's `contributes.configuration` must match (a unit test holds them
 * equal, through {@link settingSchemas}).
 */
/** A list of texts; one text alone is read as a list of one (`"sources"` is `["sources"]`). */
const texts = (item: z.ZodString) => z.preprocess((value) => (typeof value === 'string' ? [value] : value), z.array(item));

/**
 * A PostgreSQL connection URI, or empty (none). Any text is kept as given: an unusable URI (a password in it,
 * another scheme, see databaseUriFault) is refused where the corpus is opened, which then checks nothing and says
 * why, rather than falling back to the default, which would check drafts against another corpus (the bundled one).
 */
const databaseUri = z.string();

export const settingsSchema = z.object({
  corpus: z
    .object({
      /**
       * Corpus folders or globs. Not set (undefined): the bundled sample corpus, or the client's
       * `initializationOptions.corpusPaths`; an empty list is the writer's choice of no corpus (nothing is checked).
       */
      paths: texts(z.string().min(1)).optional(),
      /** A team corpus in PostgreSQL, instead of `paths` (see pg/). */
      database: databaseUri.default(''),
      /** A read-only replica of `database` that every read goes to. */
      databaseReplica: databaseUri.default(''),
    })
    .prefault({}),
  diagnostics: z.object({ unsupported: severity.default('information'), contradicted: severity.default('warning') }).prefault({}),
  language: choice(['auto', 'fr', 'en']).default('auto'),
  /** Show the source of supported claims as inlay hints. */
  inlayHints: z.object({ sources: z.boolean().default(true) }).prefault({}),
  /** Claims the writer marked as checked for the whole workspace (sentence texts). */
  claims: z.object({ checked: z.array(z.string()).default([]) }).prefault({}),
  /** Offer sourced continuations after each space, not only on demand. */
  completion: z.object({ suggestWhileTyping: z.boolean().default(false) }).prefault({}),
});

/** The settings in force: what {@link settingsSchema} gives, defaults filled in. */
export type Settings = z.output<typeof settingsSchema>;

/** The schema of each setting by its dotted key (`corpus.paths`), read off {@link settingsSchema}. */
export const settingSchemas: Record<string, z.ZodType> = leavesOf(settingsSchema, '');

/** A setting that was invalid and replaced by its default (or, for an initialization option, left out). */
export interface SettingProblem {
  /** The full key: `grounded.corpus.paths`, `initializationOptions.untrusted`. */
  key: string;
  /** What was wrong, for the log (the validator's words). */
  message: string;
  /** The value given. */
  value?: unknown;
  /** The value used instead (undefined: the option is ignored). */
  fallback?: unknown;
  /** What the value should have been. */
  expected?: { kind: 'one of'; values: unknown[] } | { kind: 'type'; type: string } | { kind: 'non-empty' };
}

/**
 * Validates the `grounded` configuration section (as returned by `workspace/configuration`, nested objects;
 * dotted keys are read too). Each invalid key falls back to its default and is reported with its full name.
 * Never throws.
 */
export function parseSettings(raw: unknown): { settings: Settings; problems: SettingProblem[] } {
  const problems: SettingProblem[] = [];
  const section = isRecord(raw) ? raw : {};
  if (raw !== undefined && raw !== null && !isRecord(raw)) {
    problems.push({ key: 'grounded', message: 'grounded: settings must be an object; defaults used', value: raw, expected: { kind: 'type', type: 'object' } });
  }
  const valid: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(settingSchemas)) {
    const given = lookup(section, key);
    const result = schema.safeParse(given);
    if (result.success) {
      if (given !== undefined) place(valid, key, given);
      continue;
    }
    // A connection URI may hold a password: it is never repeated (logs, notifications).
    const value = key.startsWith('corpus.database') && typeof given === 'string' ? displayUri(given) : given;
    const issue = result.error.issues[0];
    const fallback: unknown = schema.parse(undefined);
    problems.push({
      key: `grounded.${key}`,
      message: `grounded.${key}: ${issue?.message ?? 'invalid value'} (got ${JSON.stringify(value)}); using the default ${JSON.stringify(fallback)}`,
      value,
      fallback,
      expected: expectedOf(issue),
    });
  }
  return { settings: settingsSchema.parse(valid), problems };
}

/** Default settings. */
export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}

/**
 * `initializationOptions` the server understands. The VS Code client sends `bundledCorpus`, `storagePath` and
 * `untrusted`; `corpusPaths`, `corpusDatabase` and `corpusDatabaseReplica` are for clients without
 * `workspace/configuration`.
 */
export const initializationOptionsSchema = z.object({
  /** The sample corpus shipped with the extension (default: the one next to the server). */
  bundledCorpus: z.string().min(1).optional(),
  /** The editor's storage folder for this workspace, where the index cache is kept. */
  storagePath: z.string().min(1).optional(),
  /**
   * Where the index cache is kept, for any client (before `storagePath`); `false`: no cache. Default: the CLI's
   * folder, `$GROUNDED_CACHE_DIR`, else `$XDG_CACHE_HOME/grounded`.
   */
  cacheDir: z.union([z.string().min(1), z.literal(false)]).optional(),
  /** The workspace is not trusted: corpus folders from its settings are ignored. */
  untrusted: z.boolean().optional(),
  /** Corpus folders, used when the settings give none. */
  corpusPaths: z.array(z.string().min(1)).optional(),
  /** A team corpus in PostgreSQL (see `grounded.corpus.database`), used when the settings give none. */
  corpusDatabase: z.string().min(1).optional(),
  /** A read-only replica of `corpusDatabase` (see `grounded.corpus.databaseReplica`). */
  corpusDatabaseReplica: z.string().min(1).optional(),
  /** The client opens the settings editor when the server sends `grounded/openSettings` (see protocol.ts). */
  openSettings: z.boolean().optional(),
});

/** What a client may send as `initializationOptions`. */
export type InitializationOptions = z.input<typeof initializationOptionsSchema>;

/**
 * Validates `initializationOptions`: an invalid field is left out and reported, the others kept. Never throws.
 */
export function parseInitializationOptions(raw: unknown): { options: z.output<typeof initializationOptionsSchema>; problems: SettingProblem[] } {
  const problems: SettingProblem[] = [];
  const section = isRecord(raw) ? raw : {};
  const kept: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(initializationOptionsSchema.shape)) {
    if (section[key] === undefined) continue;
    const result = (schema as z.ZodType).safeParse(section[key]);
    if (result.success) kept[key] = result.data;
    else {
      const issue = result.error.issues[0];
      problems.push({
        key: `initializationOptions.${key}`,
        message: `initializationOptions.${key}: ${issue?.message ?? 'invalid value'} (got ${JSON.stringify(section[key])}); ignored`,
        value: section[key],
        expected: expectedOf(issue),
      });
    }
  }
  return { options: initializationOptionsSchema.parse(kept), problems };
}

/** What a value should have been, read off the validator's first issue. */
function expectedOf(issue: z.core.$ZodIssue | undefined): SettingProblem['expected'] {
  switch (issue?.code) {
    case 'invalid_value':
      return { kind: 'one of', values: [...issue.values] };
    case 'invalid_type':
      return { kind: 'type', type: issue.expected };
    case 'too_small':
      return issue.origin === 'string' ? { kind: 'non-empty' } : undefined;
    default:
      return undefined;
  }
}

/** The leaf schemas of an object schema by dotted key, looking through `prefault` wrappers. */
function leavesOf(schema: z.ZodObject, prefix: string): Record<string, z.ZodType> {
  const leaves: Record<string, z.ZodType> = {};
  for (const [key, child] of Object.entries(schema.shape)) {
    const inner = child instanceof z.ZodPrefault ? child.unwrap() : child;
    if (inner instanceof z.ZodObject) Object.assign(leaves, leavesOf(inner, `${prefix}${key}.`));
    else leaves[`${prefix}${key}`] = child as z.ZodType;
  }
  return leaves;
}

function lookup(section: Record<string, unknown>, key: string): unknown {
  if (key in section) return section[key];
  let value: unknown = section;
  for (const part of key.split('.')) {
    if (!isRecord(value)) return undefined;
    value = value[part];
  }
  return value;
}

/** Sets a dotted key in a nested object. */
function place(target: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    if (!isRecord(node[part])) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]] = value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

import { z } from 'zod';

const severity = z.enum(['error', 'warning', 'information', 'hint', 'off']);
export type SeveritySetting = z.infer<typeof severity>;

/**
 * The `grounded.*` settings: one zod schema per key, with its default. package.json's
 * `contributes.configuration` must match (a unit test holds them equal).
 */
export const settingSchemas = {
  'corpus.paths': z.array(z.string().min(1)).default([]),
  'diagnostics.unsupported': severity.default('information'),
  'diagnostics.contradicted': severity.default('warning'),
  language: z.enum(['auto', 'fr', 'en']).default('auto'),
  'inlayHints.sources': z.boolean().default(true),
  'claims.checked': z.array(z.string()).default([]),
  'completion.suggestWhileTyping': z.boolean().default(false),
} as const;

export type SettingKey = keyof typeof settingSchemas;

export interface Settings {
  corpusPaths: string[];
  diagnostics: { unsupported: SeveritySetting; contradicted: SeveritySetting };
  language: 'auto' | 'fr' | 'en';
  /** Show the source of supported claims as inlay hints. */
  inlayHints: boolean;
  /** Claims the writer marked as checked for the whole workspace (sentence texts). */
  checkedClaims: string[];
  /** Offer sourced continuations after each space, not only on demand. */
  suggestWhileTyping: boolean;
}

/** A setting that was invalid and replaced by its default. */
export interface SettingProblem {
  key: string;
  message: string;
}

/**
 * Validates the `grounded` configuration section (as returned by `workspace/configuration`, nested objects).
 * Each invalid key falls back to its default and is reported with its full name. Never throws.
 */
export function parseSettings(raw: unknown): { settings: Settings; problems: SettingProblem[] } {
  const problems: SettingProblem[] = [];
  const section = isRecord(raw) ? raw : {};
  if (raw !== undefined && raw !== null && !isRecord(raw)) {
    problems.push({ key: 'grounded', message: 'grounded: settings must be an object; defaults used' });
  }
  const read = <K extends SettingKey>(key: K): z.output<(typeof settingSchemas)[K]> => {
    const schema = settingSchemas[key];
    const value = lookup(section, key);
    const result = schema.safeParse(value);
    if (result.success) return result.data as z.output<(typeof settingSchemas)[K]>;
    const issue = result.error.issues[0];
    problems.push({
      key: `grounded.${key}`,
      message: `grounded.${key}: ${issue?.message ?? 'invalid value'} (got ${JSON.stringify(value)}); using the default ${JSON.stringify(schema.parse(undefined))}`,
    });
    return schema.parse(undefined) as z.output<(typeof settingSchemas)[K]>;
  };
  return {
    settings: {
      corpusPaths: read('corpus.paths'),
      diagnostics: { unsupported: read('diagnostics.unsupported'), contradicted: read('diagnostics.contradicted') },
      language: read('language'),
      inlayHints: read('inlayHints.sources'),
      checkedClaims: read('claims.checked'),
      suggestWhileTyping: read('completion.suggestWhileTyping'),
    },
    problems,
  };
}

/** Default settings. */
export function defaultSettings(): Settings {
  return parseSettings({}).settings;
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

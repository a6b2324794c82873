#!/usr/bin/env node
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { CorpusIndex } from './core/index/corpusIndex';
import { parseQuantities } from './core/text/quantities';
import { checkCommand } from './cli/check';
import { entitiesCommand } from './cli/entities';
import { loadCurated } from './core/entities/loadCurated';
import { indexCacheFile } from './core/index/indexCache';
import { buildIndexData, indexOfData, installEntities } from './core/index/buildIndex';
import * as os from 'node:os';

const usage = `Usage: grounded <command> [options]

Commands:
  index [--corpus DIR]... [--json]          index a corpus and print a summary
  entities [--corpus DIR]... [--json]       list the corpus's entities with their definitions
  check DRAFT.md... [--corpus DIR]...       check a draft's claims against the corpus;
        [--format text|json|sarif]          exit code 1 when a claim is contradicted

Options:
  --corpus DIR      a corpus folder, file or glob (repeatable; default: the bundled sample corpus)
  --format FORMAT   output of check: text (default), json or sarif
  --language LANG   draft language: auto (default), fr or en
  --json            machine-readable output of index and entities
  --no-cache        do not read or write the index cache ($GROUNDED_CACHE_DIR, else ~/.cache/grounded)
  -h, --help        this help`;

/** The bundled corpus next to dist/. */
const bundledCorpus = path.resolve(__dirname, '..', 'corpus');

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        corpus: { type: 'string', multiple: true },
        json: { type: 'boolean' },
        format: { type: 'string', default: 'text' },
        language: { type: 'string', default: 'auto' },
        'no-cache': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`grounded: ${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  if (parsed.values.help || !command) {
    process.stdout.write(`${usage}\n`);
    return command || parsed.values.help ? 0 : 2;
  }
  const corpusPaths = parsed.values.corpus?.length ? parsed.values.corpus : [bundledCorpus];
  const useCache = parsed.values['no-cache'] !== true;
  switch (command) {
    case 'index':
      return indexCommand(corpusPaths, parsed.values.json === true, useCache);
    case 'entities': {
      const { index } = await buildIndex(corpusPaths, useCache);
      return entitiesCommand(index, parsed.values.json === true);
    }
    case 'check': {
      const format = parsed.values.format;
      const language = parsed.values.language;
      if (format !== 'text' && format !== 'json' && format !== 'sarif') return fail(`unknown format "${format}" (text, json or sarif)`);
      if (language !== 'auto' && language !== 'fr' && language !== 'en') return fail(`unknown language "${language}" (auto, fr or en)`);
      if (rest.length === 0) return fail('check needs at least one draft file');
      const { index } = await buildIndex(corpusPaths, useCache);
      return checkCommand(rest, index, { format, language });
    }
    default:
      process.stderr.write(`grounded: unknown command "${command}"\n\n${usage}\n`);
      return 2;
  }
}

function fail(message: string): number {
  process.stderr.write(`grounded: ${message}\n\n${usage}\n`);
  return 2;
}

/** The CLI's cache folder: $GROUNDED_CACHE_DIR, else $XDG_CACHE_HOME/grounded, else ~/.cache/grounded. */
function cacheDir(): string {
  return process.env.GROUNDED_CACHE_DIR ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'grounded');
}

async function buildIndex(corpusPaths: string[], useCache = true): Promise<{ index: CorpusIndex; seconds: number }> {
  const started = performance.now();
  const roots = corpusPaths.map((p) => path.resolve(p));
  const curated = await loadCurated(roots);
  let index = new CorpusIndex();
  await buildIndexData(
    { roots: corpusPaths, baseDir: process.cwd(), curated: curated.entities, cacheFile: useCache ? indexCacheFile(cacheDir(), roots) : undefined },
    {
      index: (data) => {
        index = indexOfData(data);
        index.listingProblems = data.problems;
        index.setCurated(curated.entities, curated.problems);
      },
      entities: ({ key, serialized }) => serialized && installEntities(index, serialized, key),
      cache: ({ file, error }) => error && process.stderr.write(`grounded: could not write the cache ${file}: ${error}\n`),
    },
  );
  return { index, seconds: (performance.now() - started) / 1000 };
}

async function indexCommand(corpusPaths: string[], json: boolean, useCache: boolean): Promise<number> {
  const { index, seconds } = await buildIndex(corpusPaths, useCache);
  const documents = index.documents();
  const facts = documents.reduce((n, doc) => n + doc.sentences.reduce((m, s) => m + parseQuantities(s.text, doc.lang).length, 0), 0);
  const problems = index.problems();
  const summary = {
    corpus: corpusPaths.map((p) => path.resolve(p)),
    documents: documents.length,
    sentences: index.sentenceTotal,
    facts,
    entities: index.entities().entities.length,
    seconds: Number(seconds.toFixed(3)),
    rssMB: Math.round(process.memoryUsage().rss / 1048576),
    problems,
    sources: documents.map((d) => ({ id: d.id, title: d.title, lang: d.lang, sentences: d.sentences.length, path: d.path })),
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  } else {
    const out: string[] = [];
    out.push(`Corpus: ${summary.corpus.join(', ')}`);
    out.push(`  documents  ${summary.documents}`);
    out.push(`  sentences  ${summary.sentences}`);
    out.push(`  facts      ${summary.facts} (figures, amounts, percentages, years)`);
    out.push(`  entities   ${summary.entities} (people, organisations, products, places, acronyms)`);
    out.push(`  time       ${seconds.toFixed(2)} s, ${summary.rssMB} MB resident`);
    for (const d of summary.sources) out.push(`  [@${d.id}] ${d.title} (${d.sentences} sentences)`);
    for (const p of problems) out.push(`${p.severity}: ${path.relative(process.cwd(), p.path) || p.path}${p.range ? `:${p.range.start.line + 1}` : ''}: ${p.message}`);
    process.stdout.write(`${out.join('\n')}\n`);
  }
  return problems.some((p) => p.severity === 'error') && documents.length === 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`grounded: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);

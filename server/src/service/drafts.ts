import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { checkDraftAsync, checkSentence, claimKey, isSkipped, sentenceKey, sentenceLanguage, type CheckedSentence } from '../core/claims/checkDraft';
import type { DraftSentence } from '../core/claims/draftSentences';
import type { ClaimAnalysis } from '../core/claims/analyzeClaim';
import type { Verdict } from '../core/claims/checkClaim';
import { answer, isRemote, type CorpusReader } from '../core/backend/corpusReader';
import type { ServiceContext } from './context';
import { contextLanguageOf, languageOfDraft, sentencesOf } from './language';

/** What the draft checker reads: everything a feature does but the checker itself. */
export type DraftHost = Omit<ServiceContext, 'drafts'>;

interface Checked {
  version: number;
  /** Index generation the results were computed against. */
  generation: number;
  results: CheckedSentence[];
}

/**
 * Checks open drafts and keeps the results per document version, so hover, definition, code actions and
 * inlay hints reuse what diagnostics computed. Sentences whose text did not change reuse their verdicts:
 * an edit re-checks only the sentences it touched.
 */
export class DraftChecker {
  private readonly checked = new Map<string, Checked>();
  private readonly verdicts = new Map<string, Map<string, { analysis: ClaimAnalysis; verdict: Verdict }>>();
  private generation = 0;
  /** The index the kept results were computed against, its version then, and whether its entities were there. */
  private indexSeen: { index: CorpusReader; version: number; entities: boolean } | undefined;
  private readonly running = new Map<string, { version: number; generation: number; promise: Promise<CheckedSentence[] | undefined> }>();

  constructor(private readonly ctx: DraftHost) {}

  /** Forget every result: the corpus changed. */
  invalidate(): void {
    this.generation++;
    this.checked.clear();
    this.verdicts.clear();
    this.running.clear();
  }

  forget(uri: string): void {
    this.running.delete(uri);
    this.checked.delete(uri);
    this.verdicts.delete(uri);
  }

  /** Whether a document is a corpus source rather than a draft (sources are not claim-checked). */
  isCorpusFile(document: TextDocument): boolean {
    if (!document.uri.startsWith('file:')) return false;
    return this.ctx.corpus.isInCorpus(URI.parse(document.uri).fsPath);
  }

  /**
   * The checked sentences of a draft at its current version, checked in slices that let the server answer
   * meanwhile (see checkDraftAsync); one check per version at a time, shared by its callers. Undefined when
   * cancelled: the draft changed or the corpus did. Verdicts are kept as they come, so a cancelled check's
   * work is not lost. `onPartial` gets the sentences checked so far, now and then, during a long check.
   */
  checkAsync(document: TextDocument, onPartial?: (results: CheckedSentence[]) => void): Promise<CheckedSentence[] | undefined> {
    const kept = this.verdicts.get(document.uri)?.values() ?? [];
    this.refreshSources(sentencesOf(this.ctx.parse(document)), kept);
    const cached = this.checked.get(document.uri);
    if (cached && cached.version === document.version && cached.generation === this.generation) return Promise.resolve(cached.results);
    const running = this.running.get(document.uri);
    if (running && running.version === document.version && running.generation === this.generation) return running.promise;
    const { uri, version } = document;
    const generation = this.generation;
    const verdicts = this.verdictsOf(uri);
    // A database corpus fetches what a run of the check read but lacked, then checks again (see answer): only
    // verdicts and partial findings computed from all they read are kept or shown.
    const promise = answer(
      () => [this.ctx.corpus.index],
      () => {
        let seen = missesOf(this.ctx.corpus.index);
        const complete = () => missesOf(this.ctx.corpus.index) === seen;
        return checkDraftAsync(this.ctx.parse(document), this.ctx.corpus.index, {
          language: this.ctx.settings().language,
          ...draftPathOf(document),
          checked: this.checkedClaims(),
          previous: verdicts,
          isCancelled: () => this.ctx.documents.get(uri)?.version !== version || this.generation !== generation,
          onChecked: (r) => {
            if (complete()) verdicts.set(sentenceKey(r.sentence), { analysis: r.analysis, verdict: r.verdict });
            seen = missesOf(this.ctx.corpus.index);
          },
          onPartial: onPartial && ((results) => {
            if (results.every((r) => verdicts.has(sentenceKey(r.sentence)))) onPartial(results);
          }),
        });
      },
    ).then((results) => {
      if (this.running.get(uri)?.promise === promise) this.running.delete(uri);
      if (!results || this.generation !== generation) return undefined;
      this.checked.set(uri, { version, generation, results });
      this.verdicts.set(uri, new Map(results.map((r) => [sentenceKey(r.sentence), { analysis: r.analysis, verdict: r.verdict }])));
      return results;
    });
    this.running.set(uri, { version, generation, promise });
    return promise;
  }

  /**
   * The checked sentence under an offset, if any: from the draft's check when it is done, else that sentence
   * alone is checked (a request never waits for a whole draft).
   */
  sentenceAt(document: TextDocument, offset: number): CheckedSentence | undefined {
    const at = (r: { sentence: DraftSentence }) => offset >= r.sentence.span.start && offset <= r.sentence.span.end;
    const here = sentencesOf(this.ctx.parse(document)).filter((s) => at({ sentence: s }));
    const known = here.flatMap((s) => this.verdicts.get(document.uri)?.get(sentenceKey(s)) ?? []);
    this.refreshSources(here, known);
    const cached = this.checked.get(document.uri);
    if (cached && cached.version === document.version && cached.generation === this.generation) return cached.results.find(at);
    const sentence = here[0];
    if (!sentence || isSkipped(sentence, this.checkedClaims())) return undefined;
    const verdicts = this.verdictsOf(document.uri);
    const kept = verdicts.get(sentenceKey(sentence));
    const lang = sentenceLanguage(sentence.text, languageOfDraft(this.ctx, document), this.ctx.settings().language, contextLanguageOf(this.ctx, document, sentence));
    if (kept && kept.analysis.lang === lang) return { sentence, ...kept };
    const before = missesOf(this.ctx.corpus.index);
    const result = checkSentence(sentence, languageOfDraft(this.ctx, document), this.ctx.corpus.index, { language: this.ctx.settings().language, ...draftPathOf(document) }, contextLanguageOf(this.ctx, document, sentence));
    // Kept only when computed from all it read (a database corpus answers again once it has fetched the rest).
    if (missesOf(this.ctx.corpus.index) === before) verdicts.set(sentenceKey(sentence), { analysis: result.analysis, verdict: result.verdict });
    return result;
  }

  /**
   * Before kept results are used: the sources they rest on (their evidence) and the sources the sentences cite
   * are checked against their files (see CorpusView.refreshFiles), for clients that send no file events; a
   * source changed is indexed again, and every result is then forgotten (see followIndex).
   */
  private refreshSources(sentences: readonly DraftSentence[], kept: Iterable<{ verdict: Verdict }>): void {
    const paths = new Set<string>();
    for (const { verdict } of kept) {
      for (const e of verdict.evidence) paths.add(e.doc.path);
      if (verdict.disagreement) paths.add(verdict.disagreement.evidence.doc.path);
    }
    const index = this.ctx.corpus.index;
    for (const sentence of sentences) {
      for (const citation of sentence.citations) for (const key of citation.keys) {
        const cited = index.documentById(key.id);
        if (cited) paths.add(cited.path);
      }
    }
    if (paths.size > 0) this.ctx.corpus.refreshFiles(paths);
    this.followIndex();
  }

  /**
   * Forgets every result once the index in use is another, has changed since they were computed, or has got its
   * entities since (claims checked before them compared no names by kind: see CorpusSession's entities hook).
   */
  private followIndex(): void {
    const index = this.ctx.corpus.index;
    const entities = index.hasEntities !== false;
    if (this.indexSeen && (this.indexSeen.index !== index || this.indexSeen.version !== index.version || this.indexSeen.entities !== entities)) this.invalidate();
    this.indexSeen = { index, version: index.version, entities };
  }

  /** The verdicts kept for a draft, by sentence key (made empty on first use). */
  private verdictsOf(uri: string): Map<string, { analysis: ClaimAnalysis; verdict: Verdict }> {
    let verdicts = this.verdicts.get(uri);
    if (!verdicts) this.verdicts.set(uri, (verdicts = new Map()));
    return verdicts;
  }

  /** The claims the writer marked as checked, as claim keys. */
  private checkedClaims(): Set<string> {
    return new Set(this.ctx.settings().claims.checked.map(claimKey));
  }
}

/** The draft's file path, for a draft saved as a file: the corpus may hold it, and it is never its own evidence. */
function draftPathOf(document: TextDocument): { draftPath?: string } {
  return document.uri.startsWith('file:') ? { draftPath: URI.parse(document.uri).fsPath } : {};
}

/** How many reads of a corpus have missed so far (always 0 for the embedded index, which holds everything). */
function missesOf(index: CorpusReader): number {
  return isRemote(index) ? index.misses : 0;
}

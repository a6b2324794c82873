import type { Candidate, Group, SentenceRef, SourceRef } from './candidates';

/**
 * Lists of candidate names packed into integer arrays and one table of strings, to move between threads:
 * structured cloning a million small objects costs more than reading them, and typed arrays are moved
 * without a copy. The documents and sentences the candidates point to are packed once each, so that the
 * candidates of one sentence share one {@link SentenceRef} again once unpacked (merges compare sentences).
 */
export interface PackedCandidates {
  strings: string[];
  /** Per source document: its id, path and title (string numbers). */
  sources: Int32Array;
  /** Per sentence: source number, index, heading (0/1), line, character, end line, end character, text (string number). */
  sentences: Int32Array;
  /**
   * Per candidate: sentence number, surface and key (string numbers), words, title case (0/1), start, end,
   * span start and end, line, character, end line, end character.
   */
  candidates: Int32Array;
  /** How many candidates each list has, list after list. */
  lists: Int32Array;
}

const sourceFields = 3;
const sentenceFields = 8;
const candidateFields = 13;

/** Packs lists of candidates, one after the other (see {@link PackedCandidates}). */
export class CandidatePacker {
  private readonly strings: string[] = [];
  private readonly stringNumbers = new Map<string, number>();
  private readonly sources: number[] = [];
  private readonly sourceNumbers = new Map<SourceRef, number>();
  private readonly sentences: number[] = [];
  private readonly sentenceNumbers = new Map<SentenceRef, number>();
  private readonly candidates: number[] = [];
  private readonly lists: number[] = [];

  /** The number of a short string (names, ids, paths), each kept once. */
  string(text: string): number {
    let n = this.stringNumbers.get(text);
    if (n === undefined) {
      n = this.strings.length;
      this.strings.push(text);
      this.stringNumbers.set(text, n);
    }
    return n;
  }

  /** Adds a list of candidates. */
  add(list: readonly Candidate[]): void {
    for (const c of list) {
      this.candidates.push(this.sentence(c.sentence, c.doc), this.string(c.surface), this.string(c.key), c.words, c.titleCase ? 1 : 0, c.start, c.end, c.spanStart, c.spanEnd, c.line, c.character, c.endLine, c.endCharacter);
    }
    this.lists.push(list.length);
  }

  pack(): PackedCandidates {
    return { strings: this.strings, sources: Int32Array.from(this.sources), sentences: Int32Array.from(this.sentences), candidates: Int32Array.from(this.candidates), lists: Int32Array.from(this.lists) };
  }

  /** The buffers of a packing, to transfer rather than copy. */
  static buffers(packed: PackedCandidates): ArrayBuffer[] {
    return [packed.sources, packed.sentences, packed.candidates, packed.lists].map((a) => a.buffer as ArrayBuffer);
  }

  private sentence(sentence: SentenceRef, doc: SourceRef): number {
    let n = this.sentenceNumbers.get(sentence);
    if (n === undefined) {
      n = this.sentences.length / sentenceFields;
      const source = this.source(doc);
      // A sentence's text is long and found once: not looked up among the short strings.
      const text = this.strings.push(sentence.text) - 1;
      this.sentences.push(source, sentence.index, sentence.heading ? 1 : 0, sentence.line, sentence.character, sentence.endLine, sentence.endCharacter, text);
      this.sentenceNumbers.set(sentence, n);
    }
    return n;
  }

  private source(doc: SourceRef): number {
    let n = this.sourceNumbers.get(doc);
    if (n === undefined) {
      n = this.sources.length / sourceFields;
      this.sources.push(this.string(doc.id), this.string(doc.path), this.string(doc.title));
      this.sourceNumbers.set(doc, n);
    }
    return n;
  }
}

/** The lists of candidates back, each document and sentence one object shared by its candidates. */
export function unpackCandidates(packed: PackedCandidates): Candidate[][] {
  const { strings } = packed;
  const sources: SourceRef[] = [];
  for (let i = 0; i < packed.sources.length; i += sourceFields) {
    sources.push({ id: strings[packed.sources[i]], path: strings[packed.sources[i + 1]], title: strings[packed.sources[i + 2]] });
  }
  const sentences: { doc: SourceRef; sentence: SentenceRef }[] = [];
  const s = packed.sentences;
  for (let i = 0; i < s.length; i += sentenceFields) {
    const sentence: SentenceRef = { index: s[i + 1], text: strings[s[i + 7]], heading: s[i + 2] === 1, line: s[i + 3], character: s[i + 4], endLine: s[i + 5], endCharacter: s[i + 6] };
    sentences.push({ doc: sources[s[i]], sentence });
  }
  const lists: Candidate[][] = [];
  const c = packed.candidates;
  let at = 0;
  for (const length of packed.lists) {
    const list: Candidate[] = new Array(length);
    for (let k = 0; k < length; k++, at += candidateFields) {
      const refs = sentences[c[at]];
      list[k] = {
        surface: strings[c[at + 1]],
        key: strings[c[at + 2]],
        words: c[at + 3],
        titleCase: c[at + 4] === 1,
        start: c[at + 5],
        end: c[at + 6],
        spanStart: c[at + 7],
        spanEnd: c[at + 8],
        line: c[at + 9],
        character: c[at + 10],
        endLine: c[at + 11],
        endCharacter: c[at + 12],
        doc: refs.doc,
        sentence: refs.sentence,
      };
    }
    lists.push(list);
  }
  return lists;
}

/**
 * Groups packed for reading their kinds or definitions on another thread: each group's key, its spellings with
 * their counts (in their order), whether all its candidates are in title case, and the candidates a kind or a
 * definition reads (the first ones, see `sample`).
 */
export interface PackedGroups {
  candidates: PackedCandidates;
  /** Per group: its key (string number), how many spellings it has, and whether all its candidates are in title case (0/1). */
  groups: Int32Array;
  /** Per spelling: the string number and the count. */
  surfaces: Int32Array;
}

/** Packs groups for their kinds or definitions; `candidatesOf` gives the candidates each one's kind or definition reads. */
export function packGroups(groups: readonly Group[], candidatesOf: (group: Group) => readonly Candidate[]): PackedGroups {
  const packer = new CandidatePacker();
  const numbers: number[] = [];
  const surfaces: number[] = [];
  for (const group of groups) {
    numbers.push(packer.string(group.key), group.surfaces.size, (group.titleCase ?? group.candidates.every((c) => c.titleCase)) ? 1 : 0);
    for (const [surface, count] of group.surfaces) surfaces.push(packer.string(surface), count);
    packer.add(candidatesOf(group));
  }
  return { candidates: packer.pack(), groups: Int32Array.from(numbers), surfaces: Int32Array.from(surfaces) };
}

const groupFields = 3;

/** Groups back from {@link packGroups}, with the candidates that were packed. */
export function unpackGroups(packed: PackedGroups): Group[] {
  const lists = unpackCandidates(packed.candidates);
  const { strings } = packed.candidates;
  const groups: Group[] = [];
  let at = 0;
  for (let g = 0; g < lists.length; g++) {
    const surfaces = new Map<string, number>();
    const count = packed.groups[g * groupFields + 1];
    for (let k = 0; k < count; k++, at += 2) surfaces.set(strings[packed.surfaces[at]], packed.surfaces[at + 1]);
    groups.push({ key: strings[packed.groups[g * groupFields]], surfaces, candidates: lists[g], titleCase: packed.groups[g * groupFields + 2] === 1 });
  }
  return groups;
}

/** Words (retrieval terms and folded name words) numbered in the order first seen, to store them as integers. */
export class Vocabulary {
  /**
   * Each word's id, made on the first lookup: a warm start hands the vocabulary of 35,987 real articles on without
   * a lookup in the build thread, and the main thread's first is its first search (the map took 0.27 s there).
   */
  private idsOfWords: Map<string, number> | undefined;

  constructor(readonly words: string[] = []) {}

  private get ids(): Map<string, number> {
    if (!this.idsOfWords) {
      const ids = new Map<string, number>();
      for (let id = 0; id < this.words.length; id++) ids.set(this.words[id], id);
      this.idsOfWords = ids;
    }
    return this.idsOfWords;
  }

  /** The id of a word, numbering it if it is new. */
  id(word: string): number {
    const ids = this.ids;
    let id = ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      ids.set(word, id);
    }
    return id;
  }

  /** The id of a known word; undefined for a word never numbered. */
  get(word: string): number | undefined {
    return this.ids.get(word);
  }

  get size(): number {
    return this.words.length;
  }
}

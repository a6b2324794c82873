/** Words (retrieval terms and folded name words) numbered in the order first seen, to store them as integers. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();

  constructor(readonly words: string[] = []) {
    words.forEach((word, id) => this.ids.set(word, id));
  }

  /** The id of a word, numbering it if it is new. */
  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.ids.set(word, id);
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

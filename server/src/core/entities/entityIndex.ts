import { FuzzyNames } from '../index/fuzzyNames';
import { tokenize } from '../text/tokenize';
import { entityKey } from './extract';
import type { Entity } from './types';

/** An entity named in some text, with where. */
export interface EntityMatch {
  entity: Entity;
  start: number;
  end: number;
}

const maxNameWords = 6;

/**
 * The corpus's entities, looked up by any of their names: exactly (case, accents and hyphens evened out),
 * inside a text (longest name first), or fuzzily for pickers and typos.
 */
export class EntityIndex {
  private readonly byKey = new Map<string, Entity>();
  private readonly byId = new Map<string, Entity>();
  private fuzzy: FuzzyNames<Entity> | undefined;
  private nameLetters: string[] | undefined;

  constructor(readonly entities: readonly Entity[]) {
    for (const entity of entities) {
      this.byId.set(entity.id, entity);
      for (const name of [entity.name, ...entity.aliases]) {
        const key = entityKey(name);
        if (!this.byKey.has(key)) this.byKey.set(key, entity);
      }
    }
  }

  get(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  /** The entity one of whose names is exactly this one, after folding. */
  lookup(name: string): Entity | undefined {
    return this.byKey.get(entityKey(name));
  }

  /**
   * Entities named in a text: at each word, the longest run of up to six words that is a known name.
   * A name must be written as one (capitalised, with digits or inner capitals), so "commerce" is not
   * "Commerce"; a capitalised word one typo away from a long single-word name is matched too.
   */
  findIn(text: string): EntityMatch[] {
    const tokens = tokenize(text).filter((t) => t.kind === 'word' || t.kind === 'number');
    const matches: EntityMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i];
      if (!looksLikeName(first.text)) continue;
      let found: EntityMatch | undefined;
      for (let n = Math.min(maxNameWords, tokens.length - i); n >= 1 && !found; n--) {
        const start = first.start;
        const end = tokens[i + n - 1].end;
        const entity = this.byKey.get(entityKey(text.slice(start, end)));
        if (entity) {
          found = { entity, start, end };
          i += n - 1;
        }
      }
      if (!found && first.text.length >= 6) {
        const entity = this.closestSingleWord(first.norm);
        if (entity) found = { entity, start: first.start, end: first.end };
      }
      if (found) matches.push(found);
    }
    return matches;
  }

  /** Fuzzy search for pickers (workspace symbols, completion). */
  search(query: string, limit = 20): Entity[] {
    this.fuzzy ??= new FuzzyNames(this.entities, (e) => [e.name, ...e.aliases]);
    return this.fuzzy.search(query, limit).map((hit) => hit.item);
  }

  /**
   * The one entity with a single-word name of six letters or more one edit away from `norm` (Damerau–Levenshtein
   * distance 1: a letter deleted, inserted, changed, or two swapped); undefined when none, or several.
   * The edits of `norm` are spelled out and looked up (Norvig's spelling-corrector method, over the letters that
   * names use): a few hundred map lookups, whatever the number of names, where comparing with every name took
   * seconds per word on a large corpus.
   */
  private closestSingleWord(norm: string): Entity | undefined {
    const letters = (this.nameLetters ??= this.lettersOfNames());
    let best: Entity | undefined;
    let ambiguous = false;
    const consider = (key: string) => {
      if (ambiguous || key.length < 6 || key.includes(' ')) return;
      const entity = this.byKey.get(key);
      if (!entity) return;
      if (best && best !== entity) ambiguous = true;
      else best = entity;
    };
    for (let i = 0; i <= norm.length; i++) {
      const before = norm.slice(0, i);
      const after = norm.slice(i);
      if (i < norm.length) consider(before + after.slice(1));
      if (i + 1 < norm.length && norm[i] !== norm[i + 1]) consider(before + norm[i + 1] + norm[i] + after.slice(2));
      for (const letter of letters) {
        consider(before + letter + after);
        if (i < norm.length && letter !== norm[i]) consider(before + letter + after.slice(1));
      }
    }
    return ambiguous ? undefined : best;
  }

  /** The characters (UTF-16 units, as the distance counts them) of the single-word names that {@link closestSingleWord} can return. */
  private lettersOfNames(): string[] {
    const letters = new Set<string>();
    for (const key of this.byKey.keys()) if (key.length >= 6 && !key.includes(' ')) for (let i = 0; i < key.length; i++) letters.add(key[i]);
    return [...letters];
  }
}

function looksLikeName(text: string): boolean {
  return text[0] !== text[0].toLowerCase() || /\d/.test(text) || /.\p{Lu}/u.test(text);
}

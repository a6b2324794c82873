/**
 * A record whose fields are computed when first read, then kept: for the checker's view of a passage (its terms,
 * figures, clauses and names), of which most reads need one part. A passage's neighbours and the passages ranked
 * before the best 30 are read for their terms alone, and parsing figures and dates costs most (measured on the
 * 10,000-word draft of `npm run bench -- --real` against 35,987 articles: 86,064 views made, 76,000 of them
 * read for their terms only; see test/bench/profileDraft.ts).
 */

/** How to compute each field of a `T`: called at most once, when the field is first read. */
export type FieldComputations<T> = { [K in keyof T]-?: () => T[K] };

/**
 * A `T` whose every field is computed by `compute` when first read, and is then a plain value. The same values as
 * computing them all at once (each computation is called at most once, so it must not depend on when it runs).
 */
export function lazyFields<T extends object>(compute: FieldComputations<T>): T {
  const record = {} as T;
  for (const key of Object.keys(compute) as (keyof T & string)[]) {
    Object.defineProperty(record, key, {
      configurable: true,
      enumerable: true,
      get() {
        const value = compute[key]();
        Object.defineProperty(record, key, { value, writable: false, configurable: false, enumerable: true });
        return value;
      },
    });
  }
  return record;
}

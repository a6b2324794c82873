/**
 * Which files make a corpus, in one place for the corpus reader, the server's file watchers and the client's.
 * No imports: the client bundles this file.
 */

/** File extensions read as corpus documents. */
export const corpusExtensions = ['.md', '.markdown', '.txt'];

/** The names a curated entity file may have, at the top of any corpus folder. */
export const curatedFileNames = ['grounded.entities.json', 'grounded.entities.yaml', 'grounded.entities.yml'];

/** Glob of corpus documents at any depth of a folder. */
export const corpusFileGlob = `**/*.{${corpusExtensions.map((e) => e.slice(1)).join(',')}}`;

/** Glob of the curated entity files at the top of a folder. */
export const curatedFileGlob = `{${curatedFileNames.join(',')}}`;

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { CorpusProblem } from '../types';
import { curatedFileNames, parseCurated } from './curated';
import type { CuratedEntity } from './types';

/** Reads the curated entity files (`grounded.entities.json|yaml|yml`) at the top of each corpus folder. Never throws. */
export async function loadCurated(roots: readonly string[]): Promise<{ entities: CuratedEntity[]; problems: CorpusProblem[]; files: string[] }> {
  const entities: CuratedEntity[] = [];
  const problems: CorpusProblem[] = [];
  const files: string[] = [];
  for (const root of roots) {
    for (const name of curatedFileNames) {
      const filePath = path.join(root, name);
      let text: string;
      try {
        text = await fs.readFile(filePath, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'ENOENT' && code !== 'ENOTDIR') problems.push({ path: filePath, severity: 'error', message: `curated entities file cannot be read (${code ?? String(error)})` });
        continue;
      }
      files.push(filePath);
      const parsed = parseCurated(text, filePath);
      entities.push(...parsed.entities);
      problems.push(...parsed.problems);
    }
  }
  return { entities, problems, files };
}

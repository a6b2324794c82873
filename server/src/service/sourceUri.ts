import { URI } from 'vscode-uri';
import { sourceScheme } from '../protocol';

/**
 * The URI of a corpus document's `path`: a file's URI, or the path itself when it is already a source URI (a
 * database corpus's documents, see protocol.ts sourceScheme).
 */
export function sourceUri(documentPath: string): string {
  return documentPath.startsWith(`${sourceScheme}:`) ? documentPath : URI.file(documentPath).toString();
}

/**
 * Escapes text for a Markdown hover so that it renders as itself: no links, images, commands, HTML or emphasis
 * can come from corpus text or front matter.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#!|~>:]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\r?\n/g, ' ');
}

/** A link to a line of a file, built by us (never from corpus text). */
export function fileLink(label: string, uri: string, line: number): string {
  return `[${escapeMarkdown(label)}](${uri}#L${line + 1})`;
}

import type { DraftSentence } from './draftSentences';

/**
 * A draft sentence's text with its in-text citations written back where they stand (« Selon @dupont-2020, la
 * suspecte avait 50 ans »), for messages that quote the claim. An in-text citation (Pandoc `@key` without brackets)
 * is a part of the sentence, a noun phrase read as its source; the readable text leaves it out for checking, which
 * left « Selon, la suspecte … » in the quote. Bracketed citations (`[@key]`) stay out: they are no words of the
 * sentence. Returns `sentence.text` unchanged when the sentence has no in-text citation.
 */
export function textWithInTextCitations(sentence: Pick<DraftSentence, 'text' | 'offsets' | 'citations'>): string {
  const inText = sentence.citations.filter((c) => c.anchor === undefined && c.keys.length === 1 && c.keys[0].span.start === c.span.start);
  if (inText.length === 0) return sentence.text;
  let text = sentence.text;
  // From the last citation back, so that earlier positions in `text` hold.
  for (const citation of [...inText].sort((a, b) => b.span.start - a.span.start)) {
    // One written after the sentence's end (« … 40 mètres. @key ») is no part of it.
    if (citation.span.end > sentence.offsets[sentence.text.length]) continue;
    let at = 0;
    while (at < sentence.text.length && sentence.offsets[at] < citation.span.end) at++;
    const before = text.slice(0, at).replace(/\s+$/, '');
    const after = text.slice(at);
    const key = `@${citation.keys[0].id}`;
    const spaceAfter = /^[\p{L}\p{N}]/u.test(after) ? ' ' : '';
    text = `${before}${before === '' ? '' : ' '}${key}${spaceAfter}${after}`;
  }
  return text;
}

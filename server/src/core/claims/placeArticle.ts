import { fold } from '../text/normalize';

/** The linking words right before an offset (« de l' », « au », "of the"), as written. */
const LINK_BEFORE = /(?:(?:^|[\s'’])(?:de|du|des|d['’]|à|au|aux|en|le|la|les|l['’]|of|in|at|the)\s*)+$/iu;
/** An article that may end a link (« l' », « la », « le », « les », "the"). */
const ARTICLE_END = /(?:^|[\s'’])(l['’]|la|le|les|the)\s*$/iu;

function linkOf(text: string, offset: number): { text: string; start: number } {
  const from = Math.max(0, offset - 30);
  const m = LINK_BEFORE.exec(text.slice(from, offset));
  if (!m) return { text: '', start: offset };
  const lead = /^[\s'’]*/.exec(m[0])![0].length;
  return { text: m[0].slice(lead), start: from + m.index + lead };
}

const norm = (s: string) => fold(s).replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();

/**
 * Where the claim's name and the source's are linked alike but for an article (« palais de l'Élysée » and « palais
 * de Baabda »; "the Hague" and "of Brussels" are not alike): the article belongs to the name it precedes, so the fix
 * replaces the claim's article and name with the source's name (« l'Élysée » → « Baabda », never « de Baabda »).
 * The claim's span start (its article) and the source's name; undefined when the links differ otherwise or the
 * source writes an article the claim does not.
 *
 * @param claimStart where the claim's name starts; `sourceAt`: where the source's does; `sourceName`: the source's name.
 */
export function articleOnlyDifference(claimText: string, claimStart: number, sourceText: string, sourceAt: number, sourceName: string): { claimStart: number; sourceName: string } | undefined {
  const claimLink = linkOf(claimText, claimStart);
  const sourceLink = linkOf(sourceText, sourceAt);
  const claimArticle = ARTICLE_END.exec(claimLink.text);
  const sourceArticle = ARTICLE_END.exec(sourceLink.text);
  const bare = (link: string, article: RegExpExecArray | null) => norm(article ? link.slice(0, article.index) : link);
  if (bare(claimLink.text, claimArticle) !== bare(sourceLink.text, sourceArticle)) return undefined;
  // Only the claim's article is dropped: a source's article marks a wider place or a kind of place ("in the US" for "in Dallas"), which is no fix.
  if (!claimArticle || sourceArticle) return undefined;
  const claimArticleStart = claimArticle ? claimLink.start + claimLink.text.lastIndexOf(claimArticle[1]) : claimStart;
  return { claimStart: claimArticleStart, sourceName };
}

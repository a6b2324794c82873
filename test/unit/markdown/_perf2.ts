import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
const para = 'This is a *claim* about [Qwen](http://x) &amp; others [@smith2020, p. 3]. It costs 3,57 € `code`.\nSecond line with \\* escape.\n\n- item one\n- item two\n\n> quote here\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n';
for (const size of [100_000, 250_000, 500_000]) {
let src = ''; while (src.length < size) src += para;
let t = Date.now(); fromMarkdown(src); console.log(size, 'plain', Date.now() - t);
t = Date.now(); fromMarkdown(src, { extensions: [frontmatter(['yaml']), gfmTable(), gfmFootnote()], mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmTableFromMarkdown(), gfmFootnoteFromMarkdown()] }); console.log('ext', Date.now() - t);
t = Date.now(); fromMarkdown(src, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] }); console.log('table', Date.now() - t);
t = Date.now(); fromMarkdown(src, { extensions: [gfmFootnote()], mdastExtensions: [gfmFootnoteFromMarkdown()] }); console.log('fn', Date.now() - t);
}

import { fromMarkdown } from 'mdast-util-from-markdown';
const cases: Record<string,string> = {
  para: 'This is a claim about things and others. It costs 3,57 €.\nSecond line with escape.\n\n',
  inline: 'This is a *claim* about [Qwen](http://x) &amp; others [@smith2020, p. 3]. `code` \\* x.\n\n',
  list: '- item one\n- item two\n\n',
  quote: '> quote here\n\n',
};
for (const [name, para] of Object.entries(cases)) for (const size of [100_000, 400_000]) {
let src = ''; while (src.length < size) src += para;
let t = Date.now(); fromMarkdown(src); console.log(name, size, Date.now() - t);
}

import { parseMarkdown } from '/work/main/server/src/core/markdown/parseMarkdown.ts';
const para = 'This is a *claim* about [Qwen](http://x) &amp; others [@smith2020, p. 3]. It costs 3,57 € `code`.\nSecond line with \\* escape.\n\n- item one\n- item two\n\n> quote here\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n';
let src = ''; while (src.length < 1_000_000) src += para;
let t = Date.now(); const r = parseMarkdown(src); console.log('1MB', Date.now() - t, 'ms', r.blocks.length, r.citations.length);
for (const n of [1000, 5000, 20000]) { t = Date.now(); const q = parseMarkdown('> '.repeat(n) + 'x'); console.log('quote', n, Date.now() - t, q.blocks.length, q.blocks[0]?.kind); }
for (const n of [1000, 5000]) { let s=''; for (let i=0;i<n;i++) s += ' '.repeat(i*2) + '- x\n'; t = Date.now(); const q = parseMarkdown(s); console.log('list', n, Date.now() - t, q.blocks.length); }
t = Date.now(); const big = '| a | b |\n|---|---|\n' + '| x &amp; y | z |\n'.repeat(50000); const q = parseMarkdown(big); console.log('table', Date.now()-t, q.blocks.length);
t = Date.now(); const one = ('word @k ' ).repeat(100000); const o = parseMarkdown(one); console.log('intext', Date.now()-t, o.citations.length);

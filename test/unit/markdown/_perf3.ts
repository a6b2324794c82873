import { fromMarkdown } from 'mdast-util-from-markdown';
for (const n of [50, 100, 200, 400]) { let s=''; for (let i=0;i<n;i++) s += ' '.repeat(i*2) + '- x\n'; let t = Date.now(); fromMarkdown(s); console.log('list', n, Date.now() - t); }
for (const n of [100, 400, 1000, 3000]) { const s = '> '.repeat(n) + 'x\n'; let t = Date.now(); try { fromMarkdown(s); console.log('q', n, Date.now() - t);} catch (e) { console.log('q', n, 'throws', String(e).slice(0,80)); } }
for (const n of [100, 400, 1000, 3000]) { const s = '>'.repeat(n) + 'x\n'; let t = Date.now(); try { fromMarkdown(s); console.log('q', n, Date.now() - t);} catch (e) { console.log('q', n, 'throws', String(e).slice(0,80)); } }
for (const n of [100, 1000, 3000]) { const s = '- '.repeat(n) + 'x\n'; let t = Date.now(); try { fromMarkdown(s); console.log('l', n, Date.now() - t);} catch (e) { console.log('l', n, 'throws', String(e).slice(0,80)); } }
for (const n of [100, 1000, 10000]) { const s = '*a '.repeat(n) + 'x\n' + '[a '.repeat(n); let t = Date.now(); try { fromMarkdown(s); console.log('inl', n, Date.now() - t);} catch (e) { console.log('inl', n, 'throws', String(e).slice(0,80)); } }

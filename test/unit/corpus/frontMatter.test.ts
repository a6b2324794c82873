import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { parseFrontMatter, readSimpleYaml } from '../../../server/src/core/corpus/frontMatter';

describe('parseFrontMatter', () => {
  it('reads the known fields', () => {
    const { meta, problems } = parseFrontMatter('id: abc\ntitle: Un titre\nlang: fr\ndate: 2024-05-01\nurl: https://example.org/a\nauthor: [A, B]\n');
    assert.deepEqual(problems, []);
    assert.deepEqual(meta, { id: 'abc', title: 'Un titre', lang: 'fr', date: '2024-05-01', url: 'https://example.org/a', author: 'A, B' });
  });

  it('ignores unknown fields', () => {
    const { meta, problems } = parseFrontMatter('id: x\nsource: file.txt\ntags: [a]\n');
    assert.deepEqual(problems, []);
    assert.equal(meta.id, 'x');
  });

  it('drops and reports each invalid field, keeping the others', () => {
    const { meta, problems } = parseFrontMatter('id: ok-id\ntitle: [a]\nlang: klingon\n');
    assert.equal(meta.id, 'ok-id');
    assert.equal(meta.lang, undefined);
    assert.equal(problems.length, 2);
    assert.match(problems[1].message, /"lang"/);
    assert.ok(problems[1].span && problems[1].span.start > 0, 'points at the value');
  });

  it('rejects an id with spaces', () => {
    const { meta, problems } = parseFrontMatter('id: two words\n');
    assert.equal(meta.id, undefined);
    assert.match(problems[0].message, /citation key/);
  });

  it('reports YAML syntax errors with a position', () => {
    const { problems } = parseFrontMatter('id: [a, b\ntitle: "x\n');
    assert.ok(problems.length > 0);
    assert.match(problems[0].message, /not valid YAML/);
    assert.ok(problems[0].span);
  });

  it('refuses a billion-laughs alias bomb quickly', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)}]`);
    const { problems } = parseFrontMatter(bomb.join('\n'));
    assert.ok(problems.length > 0);
  });

  it('reports front matter that is not a mapping', () => {
    const { problems } = parseFrontMatter('- a\n- b\n');
    assert.match(problems[0].message, /mapping/);
  });

  it('accepts an empty front matter', () => {
    assert.deepEqual(parseFrontMatter(''), { meta: {}, problems: [] });
  });
});

describe('readSimpleYaml (front matter read without the YAML parser)', () => {
  const values = [
    'Un titre', "l'Agriculture: (CC BY-SA 4.0)", 'a#b', 'a #b', 'a: b', 'a:', 'a:b', 'https://example.org/a?b=c#d', 'x [a] {b}, c', 'é & *x !y |z >w %v @u `t',
    '"quoted: # text"', '"with \\t escape"', '"\\"Testez\\", testez\\n"', '"a\\\\b\\/c"', '"bad \\q escape"', '"\\x41 \\u00e9 \\N"', '"ends with \\\\"', '"\\"', '"\\\\\\""', '"a" # comment', "'it''s'", "'single \"x\"'", '2020-07-02', '2020-07-02T10:00:00Z', '12', '0x1F', '1e3', '.5', '-x',
    '- item', '[a, b]', '{a: 1}', 'null', 'Null', '~', 'true', 'False', 'yes', 'no', 'nan', '.nan', 'Infinity', '*alias', '&anchor x', '!tag x', '|', '>',
    'tab\there', 'trailing   ', '"unterminated', "'unterminated", 'a\u2028b', 'ça\u00a0va', 'Ωmega',
  ];
  const reference = (text: string) => {
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    return doc.errors.length > 0 ? 'error' : doc.toJS({ maxAliasCount: 100 });
  };

  it('reads what the YAML parser reads, or leaves the text to it', () => {
    let read = 0;
    for (const value of values) {
      for (const text of [`title: ${value}`, `id: a\n\ntitle: ${value}\n`, `title: ${value}\n  more`, `title: ${value}\nid: x\ntitle: y`]) {
        const simple = readSimpleYaml(text);
        if (!simple) continue;
        read++;
        assert.deepEqual(simple.values, reference(text), JSON.stringify(text));
      }
    }
    // The common shapes are read without the parser.
    assert.ok(read >= 20, `${read}`);
    assert.deepEqual(readSimpleYaml('id: os-10\ntitle: "Un titre: 10 millions d\'euros"\ndate: 2020-07-02\nlang: fr\nsource: a/b.json (CC BY-SA 4.0)\n')?.values, {
      id: 'os-10',
      title: "Un titre: 10 millions d'euros",
      date: '2020-07-02',
      lang: 'fr',
      source: 'a/b.json (CC BY-SA 4.0)',
    });
  });

  it('leaves bad fields to the parser, which gives their spans', () => {
    const { meta, problems } = parseFrontMatter('id: abc\nlang: klingon\n');
    assert.deepEqual(meta, { id: 'abc' });
    assert.deepEqual(problems[0].span, { start: 14, end: 21 });
  });
});

describe('parseFrontMatter (TOML)', () => {
  it('reads the known fields of Hugo and Zola front matter', () => {
    const { meta, problems } = parseFrontMatter('id = "abc"\ntitle = "Un titre"\nlang = "fr"\ndate = 2024-05-01\nurl = "https://example.org/a"\nauthor = ["A", "B"]\ndraft = true\n\n[params]\ntitle = "not this one"\n', 'toml');
    assert.deepEqual(problems, []);
    assert.deepEqual(meta, { id: 'abc', title: 'Un titre', lang: 'fr', date: '2024-05-01', url: 'https://example.org/a', author: 'A, B' });
  });

  it('reads an offset date-time as its day', () => {
    assert.equal(parseFrontMatter('date = 2024-05-01T10:30:00Z', 'toml').meta.date, '2024-05-01');
  });

  it('drops and reports a bad field, pointing at its value', () => {
    const text = 'id = "ok-id"\nlang = "klingon"\n';
    const { meta, problems } = parseFrontMatter(text, 'toml');
    assert.equal(meta.id, 'ok-id');
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /"lang"/);
    assert.equal(text.slice(problems[0].span!.start, problems[0].span!.end), '"klingon"');
  });

  it('reports TOML syntax errors on their line', () => {
    const text = 'id = "a"\ntitle = "unclosed\n';
    const { meta, problems } = parseFrontMatter(text, 'toml');
    assert.deepEqual(meta, {});
    assert.match(problems[0].message, /not valid TOML/);
    assert.equal(text.slice(problems[0].span!.start, problems[0].span!.end), 'title = "unclosed');
  });

  it('accepts an empty front matter', () => {
    assert.deepEqual(parseFrontMatter('', 'toml'), { meta: {}, problems: [] });
  });
});

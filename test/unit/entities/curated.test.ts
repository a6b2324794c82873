import assert from 'node:assert/strict';
import { curatedFileNames, parseCurated } from '../../../server/src/core/entities/curated';

const yamlPath = '/corpus/grounded.entities.yaml';
const jsonPath = '/corpus/grounded.entities.json';

const sample = `entities:
  - name: DeepSeek
    aliases: [Deepsek, Deep Seek]
    kind: organization        # person | organization | product | place | acronym | other
    definition: Start-up chinoise d’IA qui développe les modèles R1 et R2.
  - name: Alibaba
    split: [Alibaba Cloud]
  - name: Silicon Valley
    merge: [la Silicon Valley]
  - name: Laisser
    hide: true
`;

const sampleEntities = [
  { name: 'DeepSeek', aliases: ['Deepsek', 'Deep Seek'], kind: 'organization', definition: 'Start-up chinoise d’IA qui développe les modèles R1 et R2.' },
  { name: 'Alibaba', split: ['Alibaba Cloud'] },
  { name: 'Silicon Valley', merge: ['la Silicon Valley'] },
  { name: 'Laisser', hide: true },
];

describe('parseCurated', () => {
  it('names the three accepted files', () => {
    assert.deepEqual(curatedFileNames, ['grounded.entities.json', 'grounded.entities.yaml', 'grounded.entities.yml']);
  });

  it('reads every field of a valid YAML file', () => {
    const { entities, problems } = parseCurated(sample, yamlPath);
    assert.deepEqual(problems, []);
    assert.deepEqual(entities, sampleEntities);
  });

  it('reads the same file written as JSON', () => {
    const { entities, problems } = parseCurated(JSON.stringify({ entities: sampleEntities }, null, 2), jsonPath);
    assert.deepEqual(problems, []);
    assert.deepEqual(entities, sampleEntities);
  });

  it('accepts a top-level list, in YAML and in JSON', () => {
    const yaml = parseCurated('- name: Tencent\n  kind: organization\n- name: Pony Ma\n  kind: person\n', '/c/grounded.entities.yml');
    assert.deepEqual(yaml.problems, []);
    assert.deepEqual(yaml.entities, [
      { name: 'Tencent', kind: 'organization' },
      { name: 'Pony Ma', kind: 'person' },
    ]);
    const json = parseCurated('[{"name": "Tencent", "aliases": ["Tencent Holdings"]}]', jsonPath);
    assert.deepEqual(json.problems, []);
    assert.deepEqual(json.entities, [{ name: 'Tencent', aliases: ['Tencent Holdings'] }]);
  });

  it('keeps hide next to other fields, and trims names', () => {
    const { entities, problems } = parseCurated('entities:\n  - name: "  Laisser "\n    hide: true\n    kind: other\n    aliases: [laisser]\n', yamlPath);
    assert.deepEqual(problems, []);
    assert.deepEqual(entities, [{ name: 'Laisser', hide: true, kind: 'other', aliases: ['laisser'] }]);
  });

  it('has nothing to say about an empty or blank file', () => {
    for (const text of ['', '   \n\t\n']) {
      assert.deepEqual(parseCurated(text, yamlPath), { entities: [], problems: [] });
      assert.deepEqual(parseCurated(text, jsonPath), { entities: [], problems: [] });
    }
    assert.deepEqual(parseCurated('# nothing curated yet\n', yamlPath), { entities: [], problems: [] });
    assert.deepEqual(parseCurated('entities:\n', yamlPath), { entities: [], problems: [] });
  });

  it('reports an unknown key at the key, with a suggestion, and drops only that entry', () => {
    const text = 'entities:\n  - name: Alibaba\n    aliase: [Ali]\n  - name: Tencent\n';
    const { entities, problems } = parseCurated(text, yamlPath);
    assert.deepEqual(entities, [{ name: 'Tencent' }]);
    assert.equal(problems.length, 1);
    const [problem] = problems;
    assert.equal(problem.severity, 'warning');
    assert.equal(problem.path, yamlPath);
    assert.match(problem.message, /^entities\[0\]\.aliase: unknown field "aliase"; did you mean "aliases"\?/);
    assert.match(problem.message, /entry "Alibaba" ignored/);
    assert.deepEqual(problem.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 10 } });
  });

  it('suggests a field for a common synonym, and lists the fields when nothing is close', () => {
    const { problems } = parseCurated('- name: A\n  type: person\n- name: B\n  colour: red\n', yamlPath);
    assert.equal(problems.length, 2);
    assert.match(problems[0].message, /unknown field "type"; did you mean "kind"\?/);
    assert.match(problems[1].message, /unknown field "colour"; the fields are name, aliases, kind, definition, hide, merge, split/);
  });

  it('reports a bad kind at its value, in YAML', () => {
    const text = 'entities:\n  - name: A\n  - name: B\n  - name: DeepSeek\n    kind: compagny\n';
    const { entities, problems } = parseCurated(text, yamlPath);
    assert.deepEqual(entities, [{ name: 'A' }, { name: 'B' }]);
    assert.equal(problems.length, 1);
    assert.equal(
      problems[0].message,
      'entities[2].kind: "compagny" is not one of person, organization, product, place, acronym, other (entry "DeepSeek" ignored)',
    );
    assert.deepEqual(problems[0].range, { start: { line: 4, character: 10 }, end: { line: 4, character: 18 } });
  });

  it('reports a bad kind at its value in JSON, and suggests the closest kind', () => {
    const text = '{\n  "entities": [\n    { "name": "DeepSeek", "kind": "organisation" }\n  ]\n}\n';
    const { entities, problems } = parseCurated(text, jsonPath);
    assert.deepEqual(entities, []);
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /^entities\[0\]\.kind: "organisation" is not one of .*; did you mean "organization"\?/);
    const column = text.split('\n')[2].indexOf('"organisation"');
    assert.deepEqual(problems[0].range, { start: { line: 2, character: column }, end: { line: 2, character: column + '"organisation"'.length } });
  });

  it('requires a non-empty string name', () => {
    const text = '- kind: person\n- name: "  "\n- name: 42\n- name: Ok\n';
    const { entities, problems } = parseCurated(text, yamlPath);
    assert.deepEqual(entities, [{ name: 'Ok' }]);
    assert.equal(problems.length, 3);
    assert.match(problems[0].message, /^\[0\]: the field "name" is missing/);
    assert.deepEqual(problems[0].range, { start: { line: 0, character: 2 }, end: { line: 0, character: 14 } });
    assert.match(problems[1].message, /^\[1\]\.name: must not be empty/);
    assert.match(problems[2].message, /^\[2\]\.name: must be a non-empty string, not 42/);
    assert.equal(problems[2].range?.start.line, 2);
  });

  it('requires aliases, merge and split to be lists of non-empty strings, pointing at the bad item', () => {
    const text = 'entities:\n  - name: A\n    aliases: [Ok, 7]\n  - name: B\n    merge: Bee\n  - name: C\n    split: [""]\n';
    const { entities, problems } = parseCurated(text, yamlPath);
    assert.deepEqual(entities, []);
    assert.equal(problems.length, 3);
    assert.match(problems[0].message, /^entities\[0\]\.aliases\[1\]: must be a non-empty string, not 7/);
    assert.deepEqual(problems[0].range, { start: { line: 2, character: 18 }, end: { line: 2, character: 19 } });
    assert.match(problems[1].message, /^entities\[1\]\.merge: must be a list of names, not "Bee"/);
    assert.match(problems[2].message, /^entities\[2\]\.split\[0\]: must not be empty/);
  });

  it('requires hide to be a boolean and definition a string', () => {
    const { entities, problems } = parseCurated('- name: A\n  hide: yes\n- name: B\n  definition: [x]\n', yamlPath);
    assert.deepEqual(entities, []);
    assert.match(problems[0].message, /hide: must be true or false, not "yes"/);
    assert.match(problems[1].message, /definition: must be a non-empty string, not a list/);
  });

  it('treats an empty optional YAML field as absent', () => {
    const { entities, problems } = parseCurated('- name: A\n  kind:\n  aliases:\n', yamlPath);
    assert.deepEqual(problems, []);
    assert.deepEqual(entities, [{ name: 'A' }]);
  });

  it('drops entries that are not mappings', () => {
    const text = 'entities:\n  - DeepSeek\n  - [a, b]\n  - name: Ok\n';
    const { entities, problems } = parseCurated(text, yamlPath);
    assert.deepEqual(entities, [{ name: 'Ok' }]);
    assert.equal(problems.length, 2);
    assert.match(problems[0].message, /^entities\[0\]: an entry must be a mapping with at least a "name", not "DeepSeek"/);
    assert.deepEqual(problems[0].range, { start: { line: 1, character: 4 }, end: { line: 1, character: 12 } });
    assert.match(problems[1].message, /not a list/);
    const json = parseCurated('[null, 3, {"name": "Ok"}]', jsonPath);
    assert.deepEqual(json.entities, [{ name: 'Ok' }]);
    assert.equal(json.problems.length, 2);
  });

  it('warns on a name repeated with another case or accents, keeping the first', () => {
    const text = 'entities:\n  - name: Société Lumen\n    kind: organization\n  - name: SOCIETE LUMEN\n    kind: product\n';
    const { entities, problems } = parseCurated(text, yamlPath);
    assert.deepEqual(entities, [{ name: 'Société Lumen', kind: 'organization' }]);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].severity, 'warning');
    assert.match(problems[0].message, /^entities\[1\]\.name: "SOCIETE LUMEN" repeats entities\[0\] \("Société Lumen"\)/);
    assert.deepEqual(problems[0].range, { start: { line: 3, character: 10 }, end: { line: 3, character: 23 } });
  });

  it('reports a YAML syntax error with its position, loading nothing', () => {
    const { entities, problems } = parseCurated('entities:\n  - name: "DeepSeek\n  - name: Ok\n', yamlPath);
    assert.deepEqual(entities, []);
    assert.ok(problems.length > 0);
    assert.equal(problems[0].severity, 'error');
    assert.match(problems[0].message, /^not valid YAML: /);
    assert.ok(problems[0].range);
    assert.ok(problems[0].range.start.line >= 1);
  });

  it('reports a JSON syntax error with its position, loading nothing', () => {
    const text = '{\n  "entities": [\n    { "name": "A", },\n  ]\n}\n';
    const { entities, problems } = parseCurated(text, jsonPath);
    assert.deepEqual(entities, []);
    assert.equal(problems.length, 1, 'only the first error, not its echoes');
    assert.equal(problems[0].severity, 'error');
    assert.match(problems[0].message, /^not valid JSON: /);
    assert.equal(problems[0].range?.start.line, 2);
    assert.equal(problems[0].range?.start.character, text.split('\n')[2].indexOf('}'));
  });

  it('rejects comments and duplicate keys in JSON', () => {
    assert.match(parseCurated('// hi\n[]', jsonPath).problems[0].message, /comments are not allowed/);
    const duplicate = parseCurated('[{"name": "A", "name": "B"}]', jsonPath);
    assert.deepEqual(duplicate.entities, []);
    assert.match(duplicate.problems[0].message, /duplicate key "name"/);
    assert.equal(duplicate.problems[0].range?.start.character, 15);
  });

  it('reports a wrong top-level shape as an error', () => {
    const typo = parseCurated('entites:\n  - name: A\n', yamlPath);
    assert.deepEqual(typo.entities, []);
    assert.equal(typo.problems[0].severity, 'error');
    assert.match(typo.problems[0].message, /unknown top-level field "entites"; did you mean "entities"\?/);
    assert.deepEqual(typo.problems[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } });
    const scalar = parseCurated('"just a string"', jsonPath);
    assert.equal(scalar.problems[0].severity, 'error');
    assert.match(scalar.problems[0].message, /must be a list of entities/);
    const notList = parseCurated('entities: DeepSeek\n', yamlPath);
    assert.equal(notList.problems[0].severity, 'error');
    assert.match(notList.problems[0].message, /^entities: must be a list of entities, not "DeepSeek"/);
    assert.deepEqual(notList.problems[0].range, { start: { line: 0, character: 10 }, end: { line: 0, character: 18 } });
  });

  it('warns on other top-level fields but still reads the entities', () => {
    const { entities, problems } = parseCurated('version: 1\nentities:\n  - name: A\n', yamlPath);
    assert.deepEqual(entities, [{ name: 'A' }]);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].severity, 'warning');
    assert.match(problems[0].message, /unknown top-level field "version"/);
  });

  it('refuses a billion-laughs alias bomb quickly', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    lines.push('entities: [{ name: A, aliases: *j }]');
    const started = Date.now();
    const { entities, problems } = parseCurated(lines.join('\n'), yamlPath);
    assert.ok(Date.now() - started < 1000);
    assert.deepEqual(entities, []);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].severity, 'error');
    assert.ok(problems[0].range);
  });

  it('accepts a few ordinary YAML aliases', () => {
    const { entities, problems } = parseCurated('entities:\n  - name: A\n    aliases: &names [B, C]\n  - name: D\n    merge: *names\n', yamlPath);
    assert.deepEqual(problems, []);
    assert.deepEqual(entities, [
      { name: 'A', aliases: ['B', 'C'] },
      { name: 'D', merge: ['B', 'C'] },
    ]);
  });

  it('ignores a byte-order mark and keeps positions right', () => {
    const { entities, problems } = parseCurated('\ufeff[{"name": "A", "kind": "bad"}, {"name": "B"}]', jsonPath);
    assert.deepEqual(entities, [{ name: 'B' }]);
    assert.equal(problems[0].range?.start.character, 24);
  });

  it('never throws, whatever the input', () => {
    const inputs = ['{', '[', ']]', '- - -', '*x', '&a [*a]', '{"entities": {"a": 1}}', 'entities: [1, [2], {3: 4}]', '\u0000', '? [a]\n: b'];
    for (const text of inputs) {
      for (const path of [yamlPath, jsonPath]) {
        const { entities, problems } = parseCurated(text, path);
        assert.ok(Array.isArray(entities) && Array.isArray(problems));
        for (const problem of problems) assert.equal(problem.path, path);
      }
    }
  });
});

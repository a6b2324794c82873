import assert from 'node:assert/strict';
import * as path from 'node:path';
import { buildDocument } from '../../../server/src/core/corpus/document';
import { loadCorpus } from '../../../server/src/core/corpus/loadCorpus';
import { applyCurated } from '../../../server/src/core/entities/applyCurated';
import { EntityIndex } from '../../../server/src/core/entities/entityIndex';
import { entityKey, extractEntities } from '../../../server/src/core/entities/extract';
import type { Entity } from '../../../server/src/core/entities/types';
import { CorpusIndex } from '../../../server/src/core/index/corpusIndex';

const space = path.resolve(__dirname, '../../fixtures/corpora/space');

describe('extractEntities (a corpus written for the tests)', () => {
  let index: CorpusIndex;
  let entities: Entity[];
  const byName = (name: string) => entities.find((e) => e.name === name);

  before(async () => {
    const loaded = await loadCorpus([space], '/');
    index = new CorpusIndex();
    loaded.documents.forEach((d) => index.setDocument(d));
    entities = extractEntities(index.documents(), index.names);
  });

  it('finds people, organisations, products and places with no list of names', () => {
    assert.equal(byName('Karim Benali')?.kind, 'person');
    assert.equal(byName('Novaterra')?.kind, 'organization');
    assert.equal(byName('Hélios-3')?.kind, 'product');
    assert.equal(byName('Kourou')?.kind, 'place');
  });

  it('does not take capitalised sentence starts for names', () => {
    for (const word of ['La', 'Le', 'Selon', 'Un']) assert.equal(byName(word), undefined, word);
  });

  it('merges a name the corpus spells two ways, and accent variants', () => {
    assert.deepEqual(byName('Novaterra')?.aliases, ['Novatera']);
    assert.ok(byName('Inès Lemaître')?.aliases.includes('Inès Lemaitre'));
    assert.equal(byName('Novaterra')?.documents, 3);
  });

  it('joins a surname alone to the full name, and elided mentions count', () => {
    const benali = byName('Karim Benali')!;
    assert.ok(benali.aliases.includes('Benali'));
    assert.equal(benali.mentions.length, 3);
    assert.ok(byName('Orbitex')!.mentions.length >= 4, 'd’Orbitex counts');
  });

  it('keeps related names distinct but related', () => {
    const launch = byName('Orbitex Launch Services')!;
    assert.ok(launch);
    assert.ok(launch.related.some((r) => r.name === 'Orbitex'));
  });

  it('makes an acronym spelled out in parentheses an alias of the full name', () => {
    const agency = byName('Agence spatiale européenne')!;
    assert.ok(agency.aliases.includes('ASE'));
    assert.equal(byName('ASE'), undefined);
  });

  it('keeps names with lower-case heads and adjectives whole', () => {
    assert.ok(byName('ministère des Armées'));
    assert.ok(byName('Centre spatial guyanais'));
  });

  it('defines by apposition, relative clause and descriptor, with the source', () => {
    assert.equal(byName('Karim Benali')?.definition?.text, 'directeur général d’Orbitex');
    assert.equal(byName('Karim Benali')?.definition?.docId, 'orbitex-lanceur');
    assert.equal(byName('Orbitex')?.definition?.source, 'relative-clause');
    assert.match(byName('Orbitex')?.definition?.text ?? '', /^qui construit des lanceurs réutilisables/);
    // "La start-up Novatera a réalisé un essai … de son moteur Ardent": the possessive names its owner.
    assert.equal(byName('Ardent')?.definition?.text, 'moteur de Novatera');
    assert.equal(byName('Inès Lemaître')?.definition?.text, 'présidente de Novatera');
  });

  it('gives mentions exact ranges in the source files', () => {
    const mention = byName('Hélios-3')!.mentions[0];
    const doc = index.documentByPath(mention.path)!;
    assert.equal(doc.text.slice(mention.span.start, mention.span.end), 'Hélios-3');
    assert.equal(doc.lines.offsetAt(mention.range.start), mention.span.start);
  });

  it('applies curated entries: alias, kind, definition, hide, split', () => {
    const curated = applyCurated(entities, [
      { name: 'Orbitex', kind: 'organization', definition: 'Constructeur de lanceurs.', aliases: ['Orbitex SA'] },
      { name: 'Toulouse', hide: true },
      { name: 'Novaterra', split: ['Novatera'] },
    ], () => index.documents());
    const find = (name: string) => curated.find((e) => e.name === name);
    assert.equal(find('Orbitex')?.kind, 'organization');
    assert.equal(find('Orbitex')?.definition?.source, 'curated');
    assert.ok(find('Orbitex')?.aliases.includes('Orbitex SA'));
    assert.equal(find('Toulouse'), undefined);
    assert.ok(find('Novatera'), 'the split spelling is an entity of its own');
    assert.ok(!find('Novaterra')?.aliases.includes('Novatera'));
  });
});

describe('EntityIndex', () => {
  const entity = (name: string, aliases: string[] = []): Entity => ({ id: entityKey(name), name, kind: 'organization', aliases, mentions: [], documents: 0, related: [] });
  const index = new EntityIndex([entity('Alibaba'), entity('Alibaba Cloud'), entity('DeepSeek', ['Deepsek']), entity('Qwen2.5-Max')]);

  it('finds the longest name in a text, case and accents aside', () => {
    const text = 'Alibaba Cloud et Alibaba publient Qwen2.5-Max ; DEEPSEEK aussi.';
    assert.deepEqual(index.findIn(text).map((m) => [m.entity.name, text.slice(m.start, m.end)]), [
      ['Alibaba Cloud', 'Alibaba Cloud'],
      ['Alibaba', 'Alibaba'],
      ['Qwen2.5-Max', 'Qwen2.5-Max'],
      ['DeepSeek', 'DEEPSEEK'],
    ]);
  });

  it('matches a capitalised name one typo away, not lower-case words', () => {
    assert.equal(index.findIn('Selon Deepseeek, le modèle…')[0]?.entity.name, 'DeepSeek');
    assert.deepEqual(index.findIn('le cloud alibaba'), []);
  });

  it('looks names up exactly and fuzzily', () => {
    assert.equal(index.lookup('deepsek')?.name, 'DeepSeek');
    assert.equal(index.search('alibab cloud')[0]?.name, 'Alibaba Cloud');
  });
});

describe('extractEntities on the bundled corpus (hand-reviewed list)', () => {
  it('still finds the reviewed real entities, and none of the reviewed false ones', async () => {
    const { readFileSync } = await import('node:fs');
    const reviewed = readFileSync(path.resolve(__dirname, '../../fixtures/entities.bundled.expected.tsv'), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .slice(1)
      .map((l) => l.split('\t'));
    const loaded = await loadCorpus([path.resolve(__dirname, '../../../corpus')], '/');
    const index = new CorpusIndex();
    loaded.documents.forEach((d) => index.setDocument(d));
    const names = new Set(extractEntities(index.documents(), index.names).map((e) => e.name));
    const real = reviewed.filter((r) => r[2] === 'y').map((r) => r[0]);
    const found = real.filter((name) => names.has(name));
    assert.ok(found.length / real.length >= 0.95, `missing: ${real.filter((n) => !names.has(n)).join(', ')}`);
    const precision = [...names].filter((n) => real.includes(n)).length / names.size;
    assert.ok(precision >= 0.9, `precision ${precision}`);
  });
});

describe('indexing as a build for a worker thread (buildIndexData)', () => {
  it('gives the same index and entities, through plain data, as documents indexed one by one', async () => {
    const { buildIndexData, indexOfData } = await import('../../../server/src/core/index/buildIndex');
    const { deserializeEntities } = await import('../../../server/src/core/index/indexCache');
    const { unpackIndexData } = await import('../../../server/src/core/index/packedIndex');
    const corpus = path.resolve(__dirname, '../../../corpus');
    const loaded = await loadCorpus([corpus], '/');
    const index = new CorpusIndex();
    loaded.documents.forEach((d) => index.setDocument(d));
    let data: Parameters<typeof indexOfData>[0] | undefined;
    let entities: unknown;
    await buildIndexData(
      { roots: [corpus], baseDir: '/', curated: [] },
      // As the worker hands it over: packed, then unpacked on the other side.
      { index: (d) => (data = unpackIndexData(structuredClone(d.packed!.get()))), entities: (e) => (entities = deserializeEntities(e.serialized!)) },
    );
    assert.deepEqual(entities, index.entities().entities);
    const rebuilt = indexOfData(data!);
    assert.equal(rebuilt.sentenceTotal, index.sentenceTotal);
    assert.deepEqual(rebuilt.names.entries().sort(), index.names.entries().sort());
    for (const query of ['tarifs douaniers Trump', 'Alibaba Cloud centres de données', 'ingénieurs diplômés Chine']) {
      const hits = (i: CorpusIndex) => i.search(query, 'fr', 5).map((h) => [h.doc.path, h.sentence.index, h.sentence.text, h.score]);
      assert.deepEqual(hits(rebuilt), hits(index), query);
    }
  });
});

describe('extractEntities: a title joined by a hyphen', () => {
  it('is no part of the name (« ex-President », "former-President", "Vice-President")', () => {
    const index = new CorpusIndex();
    const text = (body: string) => `---\nid: x\ntitle: Ostrava\nlang: en\n---\n\n${body}\n`;
    index.setDocument(buildDocument('/c/a.md', text('The mill was sold to a group led by ex-President Ivan Dorosh, the former leader. Ivan Dorosh denied it.')));
    index.setDocument(buildDocument('/c/b.md', text('The buyer was the son-in-law of former-President Ivan Dorosh. Later, Vice-President Olga Marr spoke.')));
    const names = extractEntities(index.documents(), index.names).map((e) => e.name);
    assert.ok(names.includes('Ivan Dorosh'), names.join(', '));
    assert.ok(!names.some((n) => /president/i.test(n)), names.join(', '));
  });
});

describe('extractEntities: related entities named together', () => {
  it('are those named in two sentences or more together, most often first, a sentence counted once whatever its mentions', () => {
    const index = new CorpusIndex();
    const text = (id: string, body: string) => `---\nid: ${id}\ntitle: Accords\nlang: fr\n---\n\n${body}\n`;
    index.setDocument(
      buildDocument(
        '/c/a.md',
        text('a', 'Lundi, Valmora a rencontré Brentis. Mardi, Valmora a rencontré Brentis et Corvane. Mercredi, Valmora a vu Corvane puis Valmora a revu Corvane. Jeudi, Valmora a vu Duloxe puis Duloxe a revu Valmora.'),
      ),
    );
    index.setDocument(buildDocument('/c/b.md', text('b', 'Lundi, Corvane a vu Valmora. Mardi, Duloxe a vu Brentis.')));
    const entities = extractEntities(index.documents(), index.names);
    const related = (name: string) => entities.find((e) => e.name === name)?.related.map((r) => r.name);
    // Corvane: 3 sentences with Valmora (one of them twice each); Brentis: 2; Duloxe: 1 sentence, twice each.
    assert.deepEqual(related('Valmora'), ['Corvane', 'Brentis']);
    assert.deepEqual(related('Corvane'), ['Valmora']);
    assert.deepEqual(related('Duloxe'), []);
  });
});

describe('extractEntities: a role’s complement written against the holder’s name', () => {
  it('splits « le procureur de Vernal Odile Perrache » into the place and the person, even when the person is never named alone', () => {
    // Before: « Vernal Odile Perrache » was one person, and « Vernal » alone one of its mentions.
    const index = new CorpusIndex();
    const text = (id: string, body: string) => `---\nid: ${id}\ntitle: Effondrement\nlang: fr\n---\n\n${body}\n`;
    index.setDocument(buildDocument('/c/a.md', text('a', "Le pont s'est effondré près de Vernal. Une enquête a été ouverte, a indiqué le procureur de Vernal Odile Perrache. Les secours de Vernal sont sur place.")));
    index.setDocument(buildDocument('/c/b.md', text('b', "À Vernal, la circulation est coupée. Selon le procureur de Vernal Odile Perrache, deux personnes sont mortes. Le président du Conseil départemental Marc Ortalan a réagi. Le Conseil départemental gère le pont, a dit le Conseil départemental.")));
    const entities = extractEntities(index.documents(), index.names);
    const byName = (name: string) => entities.find((e) => e.name === name);
    assert.equal(byName('Vernal')?.kind, 'place', entities.map((e) => `${e.name} [${e.kind}]`).join(', '));
    assert.equal(byName('Odile Perrache')?.kind, 'person', entities.map((e) => `${e.name} [${e.kind}]`).join(', '));
    assert.ok(byName('Marc Ortalan'), entities.map((e) => `${e.name} [${e.kind}]`).join(', '));
    assert.ok(!entities.some((e) => /Vernal Odile|départemental Marc/.test(e.name)), entities.map((e) => e.name).join(', '));
  });
});

describe('extractEntities: the kind a definition names', () => {
  it('reads an English compound by its last noun: "analyst firm" is a firm, "the firm’s analyst" a person', () => {
    // Before: "analyst" (a role) anywhere in the definition made Quorvex a person.
    const index = new CorpusIndex();
    const text = (id: string, body: string) => `---\nid: ${id}\ntitle: Phone sales\nlang: en\n---\n\n${body}\n`;
    index.setDocument(buildDocument('/c/a.md', text('a', 'Phone sales rose 26% in the third quarter, said analyst firm Quorvex. Quorvex said demand was strong.')));
    index.setDocument(buildDocument('/c/b.md', text('b', 'Quorvex expects slower growth next year. Lena Marsh, the firm’s analyst, said prices would fall.')));
    const entities = extractEntities(index.documents(), index.names);
    const byName = (name: string) => entities.find((e) => e.name === name);
    assert.equal(byName('Quorvex')?.kind, 'organization', entities.map((e) => `${e.name} [${e.kind}] ${e.definition?.text}`).join(', '));
    assert.equal(byName('Lena Marsh')?.kind, 'person');
  });
});

describe('extractEntities: a name that ends on a country’s', () => {
  it('is an institution’s, and the country alone is not its surname (« Météo Portugal » … « au Portugal »)', () => {
    // Before: « Météo Portugal » was a person, and « Portugal » in its articles one of its mentions.
    const index = new CorpusIndex();
    const text = (id: string, body: string) => `---\nid: ${id}\ntitle: Orages\nlang: fr\n---\n\n${body}\n`;
    index.setDocument(buildDocument('/c/a.md', text('a', 'Météo Portugal prévoit de violents orages. Le Portugal a fermé ses écoles. Selon Météo Portugal, les pluies dureront deux jours.')));
    index.setDocument(buildDocument('/c/b.md', text('b', 'Météo Portugal a levé son alerte. Portugal et Espagne comptent les dégâts.')));
    const entities = extractEntities(index.documents(), index.names);
    const byName = (name: string) => entities.find((e) => e.name === name);
    assert.equal(byName('Météo Portugal')?.kind, 'organization', entities.map((e) => `${e.name} [${e.kind}]`).join(', '));
    assert.ok(!byName('Météo Portugal')!.aliases.includes('Portugal'), byName('Météo Portugal')!.aliases.join(', '));
  });
});

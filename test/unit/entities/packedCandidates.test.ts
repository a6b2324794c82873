import assert from 'node:assert/strict';
import { buildDocument } from '../../../server/src/core/corpus/document';
import type { Group } from '../../../server/src/core/entities/candidates';
import { candidatesOfDocument } from '../../../server/src/core/entities/extract';
import { CandidatePacker, packGroups, unpackCandidates, unpackGroups } from '../../../server/src/core/entities/packedCandidates';
import { NameStats } from '../../../server/src/core/index/nameStats';

const texts = {
  '/c/a.md': '---\nid: a\ntitle: Brest\n---\n\nLe port de Brest a traité 42 000 conteneurs, selon Jean Kerlo. Jean Kerlo dirige le port de Brest.\n',
  '/c/b.md': '---\nid: b\n---\n\n# Volta\n\nLa coopérative Volta emploie 310 personnes à Rennes, dit Anne Morvan (UFC).\n',
};
const docs = Object.entries(texts).map(([file, text]) => buildDocument(file, text));
const names = new NameStats();
for (const doc of docs) for (const s of doc.sentences) names.count(s.text);
const lists = docs.map((doc) => candidatesOfDocument(doc, { names, use: names.use() }));

describe('packed candidates', () => {
  it('come back equal, the candidates of one sentence sharing its object again', () => {
    const packer = new CandidatePacker();
    lists.forEach((list) => packer.add(list));
    const back = unpackCandidates(structuredClone(packer.pack()));
    assert.deepEqual(back, lists);
    assert.ok(lists[0].length >= 3);
    const sameSentence = back[0].filter((c) => c.sentence.index === back[0][0].sentence.index);
    assert.ok(sameSentence.length >= 2 && sameSentence.every((c) => c.sentence === back[0][0].sentence && c.doc === back[0][0].doc));
  });

  it('pack groups with their spellings in order and the candidates given', () => {
    const group: Group = { key: 'jean kerlo', surfaces: new Map([['Jean Kerlo', 2], ['jean kerlo', 1]]), candidates: lists[0].filter((c) => c.key === 'jean kerlo') };
    const [back] = unpackGroups(structuredClone(packGroups([group], (g) => g.candidates.slice(0, 1))));
    assert.deepEqual([...back.surfaces], [...group.surfaces]);
    assert.equal(back.key, group.key);
    assert.deepEqual(back.candidates, group.candidates.slice(0, 1));
  });
});

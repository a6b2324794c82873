import assert from 'node:assert/strict';
import { serviceOn, textAt } from './helpers';

const corpus = {
  'vallorne.md': '---\nid: vallorne\ntitle: La coopérative Vallorne change de cap\nlang: fr\n---\n\nMarc Tessier, né en 1962, dirige la coopérative Vallorne depuis mars.\n',
  'brenval.md': '---\nid: brenval\ntitle: Le club de Brenval\nlang: fr\n---\n\nLucie Garnier, née en 1971, préside le club de Brenval.\n',
};

/** The service on the corpus with its entities built, as the server has them once its index is ready (names tell who a pronoun stands for). */
const ready = () => {
  const t = serviceOn(corpus);
  t.corpus.entities();
  return t;
};

describe('service: a claim whose subject is a pronoun', () => {
  it('is checked with the name the draft gives it a sentence before, and fixed on its value', async () => {
    const t = ready();
    const d = t.open('# Vallorne\n\nMarc Tessier dirige la coopérative Vallorne.\n\nIl est né en 1965.\n');
    const contradicted = ((await t.service.getDiagnostics(d)) ?? []).filter((x) => x.code === 'contradicted-claim');
    assert.deepEqual(contradicted.map((c) => textAt(d, c.range)), ['1965']);
    assert.equal(contradicted[0].relatedInformation![0].location.uri, 'file:///corpus/vallorne.md');
  });

  it('is checked again when the sentence before it changes, and left unsupported without a name', async () => {
    const t = ready();
    const d = t.open('Marc Tessier dirige la coopérative Vallorne.\n\nIl est né en 1965.\n');
    assert.equal(((await t.service.getDiagnostics(d)) ?? []).filter((x) => x.code === 'contradicted-claim').length, 1);
    const edited = t.open('La coopérative a changé de cap.\n\nIl est né en 1965.\n');
    assert.equal(((await t.service.getDiagnostics(edited)) ?? []).filter((x) => x.code === 'contradicted-claim').length, 0);
  });
});

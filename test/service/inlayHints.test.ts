import assert from 'node:assert/strict';
import { cancelled, serviceOn, textAt } from './helpers';

const whole = { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } };

describe('service: inlay hints', () => {
  it('after a supported claim that cites nothing, the id of its source', async () => {
    const t = serviceOn();
    const d = t.open('La coopérative Vergers d’Auge a récolté 42 000 tonnes de pommes en 2023.\n\nLe Domaine Lecoq produit 2,5 millions de bouteilles par an.\n');
    const hints = await t.service.getInlayHints(d, whole);
    assert.deepEqual(hints.map((h) => h.label), ['✓ @pommes']);
    // Where its citation would go, before the final punctuation: a wrapped line never carries it to the next sentence.
    assert.equal(textAt(d, { start: { line: 0, character: 0 }, end: hints[0].position }), 'La coopérative Vergers d’Auge a récolté 42 000 tonnes de pommes en 2023');
    assert.equal(hints[0].tooltip, 'La filière pomme en Normandie');
  });

  it('none when the claim already cites its source, outside the range asked, or when turned off', async () => {
    const t = serviceOn();
    assert.deepEqual(await t.service.getInlayHints(t.open('La coopérative Vergers d’Auge a récolté 42 000 tonnes de pommes en 2023 [@pommes].\n'), whole), []);
    const d = t.open('# Titre\n\n\n\nLa coopérative Vergers d’Auge a récolté 42 000 tonnes de pommes en 2023.\n');
    assert.deepEqual(await t.service.getInlayHints(d, { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }), []);
    const off = serviceOn(undefined, { inlayHints: { sources: false } });
    assert.deepEqual(await off.service.getInlayHints(off.open('La coopérative Vergers d’Auge a récolté 42 000 tonnes de pommes en 2023.\n'), whole), []);
  });

  it('none on an unfinished sentence (words being typed), nor on a sentence with a finding', async () => {
    const t = serviceOn();
    assert.deepEqual(await t.service.getInlayHints(t.open('La coopérative Vergers d’Auge a récolté 42 000 tonnes de pommes en 2023\n'), whole), []);
    const unknown = t.open('La coopérative Vergers d’Auge a récolté 42 000 tonnes de pommes en 2023 [@nulle].\n', 'untitled:unknown.md');
    assert.deepEqual(await t.service.getInlayHints(unknown, whole), []);
  });

  it('none once cancelled', async () => {
    const t = serviceOn();
    const d = t.open('La coopérative Vergers d’Auge a récolté 42 000 tonnes de pommes en 2023.\n');
    assert.deepEqual(await t.service.getInlayHints(d, whole, cancelled), []);
  });
});

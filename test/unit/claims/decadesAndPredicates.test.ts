import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

/** Invented articles that date two facts of one thing in one sentence, one of them by its decade. */
const article = (id: string, body: string) => `---\nid: ${id}\ntitle: Le barrage de la Vionne\nlang: fr\n---\n\n${body}\n`;
const decade = indexOf({ 'barrage.md': article('barrage', 'Le barrage de la Vionne, bâti au début des années 1930 et surélevé en 1986 selon la préfecture, sera vidangé.') });
const twoYears = indexOf({ 'viaduc.md': article('viaduc', 'Le viaduc de la Sorne, rénové en 2007 et construit en 1952 selon le département, est fermé à la circulation.') });
const check = (index: ReturnType<typeof indexOf>, text: string) => checkClaim(text, analyzeClaim(text, 'fr', index.names), index);

describe('a decade is not a year; the time of the claim’s own predicate', () => {
  it('reads « les années 1930 » as a decade, not a year', () => {
    const read = (text: string) => parseQuantities(text, 'fr').map((q) => [q.raw, q.kind]);
    assert.deepEqual(read('bâti au début des années 1930 et surélevé en 1986'), [['1930', 'number'], ['1986', 'year']]);
    assert.deepEqual(read('dans les années 70 et 80'), [['70', 'number'], ['80', 'number']]);
    assert.equal(parseQuantities('dans les années 1930', 'fr')[0].unit, parseQuantities('les années 1950 et 1960', 'fr')[1].unit);
  });

  it('never writes a decade as the fix of a year', () => {
    const v = check(decade, 'Le barrage de la Vionne a été surélevé en 1991.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceText, '1986');
  });

  it('still compares a decade with a decade', () => {
    const v = check(decade, 'Le barrage de la Vionne a été bâti dans les années 1950.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceText, '1930');
  });

  it('fixes a year with the year the source tells with the same predicate, wherever it stands', () => {
    const built = check(twoYears, 'Le viaduc avait été construit en 1961.');
    assert.equal(built.label, 'contradicted');
    assert.equal(built.conflict?.sourceText, '1952');
    const raised = check(twoYears, 'Le viaduc avait été rénové en 2011.');
    assert.equal(raised.conflict?.sourceText, '2007');
  });
});

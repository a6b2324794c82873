import assert from 'node:assert/strict';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { citedWritesClaimValues } from '../../../server/src/core/claims/citedValueStated';
import { parseQuantities, sameQuantity } from '../../../server/src/core/text/quantities';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf } from './helpers';

describe('citedWritesClaimValues', () => {
  const passage = (text: string, coverage: number) => ({ coverage, namesCovered: true, text, quantities: parseQuantities(text, 'fr') });
  const claim = parseQuantities('Le gel a tué six brebis et deux agneaux.', 'fr');

  it('holds when a cited passage as full as asked writes each claim value with its counted noun', () => {
    assert.equal(citedWritesClaimValues([claim[0]], [passage('Le gel a tué six brebis au col.', 0.6)], 0.5, sameQuantity), true);
  });

  it('does not hold for a passage below the coverage, another noun, or a value left unwritten', () => {
    assert.equal(citedWritesClaimValues([claim[0]], [passage('Le gel a tué six brebis au col.', 0.4)], 0.5, sameQuantity), false);
    assert.equal(citedWritesClaimValues([claim[0]], [passage('Le gel a tué six chèvres au col.', 0.6)], 0.5, sameQuantity), false);
    assert.equal(citedWritesClaimValues(claim, [passage('Le gel a tué six brebis au col.', 0.6)], 0.5, sameQuantity), false);
    assert.equal(citedWritesClaimValues([], [passage('Le gel a tué six brebis au col.', 0.6)], 0.5, sameQuantity), false);
  });
});

describe('a claim value the cited source writes, against a part counted by another article', () => {
  const article = (id: string, title: string, body: string) => `---\nid: ${id}\ntitle: ${title}\nlang: fr\ndate: 2022-05-02\n---\n\n${body}\n`;
  const index = indexOf({
    'tempete.md': article('tempete', 'Les trains bloqués par la tempête Zoé', 'Les voyageurs de quatre TER reliant Aurillac à Brive sont restés bloqués plusieurs heures dimanche. La tempête a également fait six blessés sans gravité, victimes notamment de chutes de branches : trois dans le Cantal et trois en Corrèze. La SNCF a indiqué que les voyageurs seront remboursés.'),
    'secours.md': article('secours', 'La tempête Zoé s’éloigne vers l’Est', "Après avoir balayé dans la nuit de samedi à dimanche le Massif central, la tempête Zoé s'éloignait dimanche vers l'Est. Dans le centre de la France, services de secours et préfectures ont fait état de trois blessés légers - dont l'un a été hospitalisé - dans le Cantal, victimes notamment de chutes de branches. Dans le Lot et en Corrèze, les pompiers sont intervenus 200 fois."),
  });

  it('never fixes the total the cited source gives to another article’s count of one place', () => {
    const [finding] = findingsOf(checkDraft(parseMarkdown('Elle a fait six blessés légers, trois dans le Lot et trois en Corrèze [@tempete].\n'), index, { language: 'fr' })!, index);
    assert.ok(!finding?.fixes.some((f) => /trois/.test(f.newText)), JSON.stringify(finding));
    assert.deepEqual(finding?.fixes.map((f) => f.newText), ['Cantal']);
  });
});

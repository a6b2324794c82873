import assert from 'node:assert/strict';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { wholeOrPartOfClaim } from '../../../server/src/core/claims/partAndWhole';
import { indexOf } from './helpers';

describe('a part and its whole in one claim', () => {
  const value = (text: string, raw: string) => parseQuantities(text, 'fr').find((q) => q.raw.startsWith(raw))!;

  it('reads the source value equal to the claim’s other figure of the part or the whole as that figure’s', () => {
    const claim = 'La commission a retenu quatre projets, sur douze déposés en 2019.';
    const qs = parseQuantities(claim, 'fr');
    assert.equal(wholeOrPartOfClaim(claim, value(claim, 'quatre'), qs, { ...value(claim, 'douze'), start: 0, end: 0 }), true);
    assert.equal(wholeOrPartOfClaim(claim, value(claim, 'douze'), qs, { ...value(claim, 'quatre'), start: 0, end: 0 }), true);
    const dont = 'La commission a reçu douze projets, dont quatre retenus en 2019.';
    assert.equal(wholeOrPartOfClaim(dont, value(dont, 'quatre'), parseQuantities(dont, 'fr'), value(dont, 'douze')), true);
  });

  it('leaves two figures of the claim with no word of part between them, and another value, to the comparison', () => {
    const claim = 'La commission a retenu quatre projets et douze dossiers en 2019.';
    const qs = parseQuantities(claim, 'fr');
    assert.equal(wholeOrPartOfClaim(claim, value(claim, 'quatre'), qs, value(claim, 'douze')), false);
    const part = 'La commission a retenu quatre projets, sur douze déposés en 2019.';
    assert.equal(wholeOrPartOfClaim(part, value(part, 'quatre'), parseQuantities(part, 'fr'), { ...value(part, 'douze'), value: 11 }), false);
  });

  it('does not contradict the part with the count of the whole the passage gives, the part told in the next sentence', () => {
    const index = indexOf({
      'jury.md': `---\nid: jury\ntitle: Le jury de Vassy\nlang: fr\ndate: 2021-03-02\n---\n\nLe jury du concours de Vassy a examiné douze projets de fontaines, déposés entre 2018 et 2019. Il a finalement retenu quatre d'entre eux pour la place du marché.\n`,
    });
    const claim = 'Le jury du concours de Vassy a retenu quatre projets de fontaines, sur douze déposés entre 2018 et 2019.';
    assert.notEqual(checkClaim(claim, analyzeClaim(claim, 'fr', index.names), index).label, 'contradicted');
  });
});

import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { otherPossessorSlot } from '../../../server/src/core/claims/possessorSlot';
import { indexOf } from './helpers';

const en = indexOf({
  'gala.md': `---
id: gala
title: Kerr to present at the harbour film gala
lang: en
date: 2022-02-03
---

Salt Road star Tom Kerr is to present an award at the Harbour film gala in March.

The 41-year-old actor, who is nominated for playing Ray Olsen in Salt Road, will join other hopefuls such as co-star Mira Lund, Tove Ahl and Sara Venn as gala presenters.
`,
  'veteran.md': `---
id: veteran
title: Veteran actress praises Kerr
lang: en
date: 2022-02-04
---

Veteran actress Ines Brandt, who starred in Olsen's 1961 film Dust, said she was impressed by Kerr's care for the role.
`,
});
en.entities();
const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);

describe('a possessor in the slot of a listed name', () => {
  it('does not fix the possessor of an apposition to a name of the source list', () => {
    for (const text of ["Mira Lund, Kerr's co-star, will also present at the gala.", "Mira Lund, Kerr's co-star in Salt Road, will join the gala presenters."]) {
      assert.notEqual(checkEn(text).label, 'contradicted', text);
    }
  });

  it("does not fill another's possessed noun with a name written after that noun alone", () => {
    const v = checkEn("Olsen's co-star Ines Brandt will join the gala presenters.");
    assert.notEqual(v.label, 'contradicted');
  });
});

describe('otherPossessorSlot', () => {
  it('tells a possessor from a list member', () => {
    const claim = "Mira Lund, Kerr's co-star, will present";
    const source = 'such as co-star Mira Lund, Tove Ahl and Sara Venn';
    assert.equal(otherPossessorSlot(claim, 11, 15, source, source.indexOf('Tove'), source.indexOf('Tove') + 8), true);
  });

  it("reads a noun's possessor in the passage before its name", () => {
    const claim = "Olsen's co-star Ines Brandt praised";
    const other = 'such as co-star Mira Lund said';
    const same = "Olsen's former co-star Mira Lund said";
    assert.equal(otherPossessorSlot(claim, 16, 27, other, other.indexOf('Mira'), other.indexOf('Mira') + 9), true);
    assert.equal(otherPossessorSlot(claim, 16, 27, same, same.indexOf('Mira'), same.indexOf('Mira') + 9), false);
  });

  it("keeps a source's possessor and its noun in the claim's slot", () => {
    const claim = 'a board member of the Nordic Savings Bank, said';
    const source = "a board member of Norway's savings bank, the Sparebank";
    assert.equal(otherPossessorSlot(claim, 22, 41, source, 18, 24), false);
  });

  it('keeps two possessors in the same slot', () => {
    const claim = "deputy head of Munich Fund's claims unit";
    const source = "deputy head of Oslo Fund's claims unit";
    assert.equal(otherPossessorSlot(claim, 15, 26, source, 15, 24), false);
  });
});

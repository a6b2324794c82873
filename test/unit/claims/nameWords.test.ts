import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

const source = "Les restes de la petite Clémence, disparue fin mai en Ardèche, ont été découverts sur les indications de Marc Vautrin qui a admis avoir tué \"accidentellement\" l'enfant, a annoncé, mardi 3 octobre en fin de matinée, le procureur de la République de Valmont Jean-Luc Terrasse.";
const index = indexOf({
  'clemence.md': `---
id: clemence
title: Les restes de Clémence retrouvés en Ardèche
lang: fr
---

${source}
`,
});

describe('a source name in a message', () => {
  it('is cut at a word boundary, never inside a word (« de Valmon »)', () => {
    const claim = 'Clémence est morte, elle a été tuée par Marc Vautrin, a déclaré le procureur de Lyon.';
    const verdict = checkClaim(claim, analyzeClaim(claim, 'fr', index.names), index);
    const said = verdict.conflict?.sourceText as string;
    assert.ok(said !== undefined, verdict.label);
    const at = source.indexOf(said);
    assert.ok(at >= 0, said);
    assert.doesNotMatch(source.slice(at + said.length, at + said.length + 1), /\p{L}/u, `« ${said} » is cut inside a word`);
  });
});

import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { opposesUnstatedWord } from '../../../server/src/core/claims/opposedWord';
import { oppositeOfAnotherSubject } from '../../../server/src/core/claims/oppositeSubject';
import { termsOf } from '../../../server/src/core/text/stem';
import { spelledOutIn } from '../../../server/src/core/text/acronyms';
import { indexOf } from './helpers';

const passage = (doc: string, coverage: number, words: string[], opposed: string[] = []) => ({ doc, coverage, wordsInSentence: new Set(words), opposedWords: new Set(opposed) });
// The claim « La commission a rejeté à l'unanimité le projet de restauration »: its words after each word.
const claimWords = ['commission', 'rejeté', 'unanimité', 'projet', 'restauration'];
const after = (w: string) => claimWords.slice(claimWords.indexOf(w) + 1);

describe('a passage that opposes a claim word no support writes', () => {
  it('wins over a support of its article that covers the claim a little more without the word', () => {
    const support = passage('a', 0.72, ['commission', 'projet']);
    assert.equal(opposesUnstatedWord(passage('a', 0.66, ['commission', 'rejeté', 'unanimité', 'restauration'], ['rejeté']), support, [support], 0.1, after), true);
  });

  it('loses to a support that writes the word, to a support of another article, and beyond the margin', () => {
    const writes = passage('a', 0.72, ['commission', 'rejeté']);
    assert.equal(opposesUnstatedWord(passage('a', 0.7, ['rejeté'], ['rejeté']), writes, [writes], 0.1, after), false);
    const elsewhere = passage('b', 0.72, ['commission']);
    assert.equal(opposesUnstatedWord(passage('a', 0.7, ['rejeté'], ['rejeté']), elsewhere, [elsewhere], 0.1, after), false);
    const far = passage('a', 0.9, ['commission']);
    assert.equal(opposesUnstatedWord(passage('a', 0.7, ['rejeté'], ['rejeté']), far, [far], 0.1, after), false);
  });

  it('needs the opposite word told with most of the claim words after it', () => {
    const support = passage('a', 0.72, ['commission', 'projet']);
    assert.equal(opposesUnstatedWord(passage('a', 0.7, ['commission', 'rejeté', 'unanimité'], ['rejeté']), support, [support], 0.1, after), false);
  });

  it('needs an opposed word', () => {
    const support = passage('a', 0.72, ['commission']);
    assert.equal(opposesUnstatedWord(passage('a', 0.7, ['commission']), support, [support], 0.1, after), false);
  });
});

describe('the subject of an opposite word named by its acronym', () => {
  it('reads a French name spelt out in lower case as the acronym it stands for', () => {
    assert.equal(spelledOutIn('CRSR', "Le Conseil régional des sentiers et de la randonnée a refusé"), true);
    assert.equal(spelledOutIn('CRSR', 'Le Conseil régional a refusé'), false);
    // Two capitals name too many things to be read from any run of words.
    assert.equal(spelledOutIn('CR', 'Le Conseil régional a refusé'), false);
  });

  it('keeps the opposite word of a passage that names the claim subject by its acronym', () => {
    const text = 'À la fin de la séance, le CRSR a "approuvé à l\'unanimité le tracé proposé", a indiqué son président.';
    const subject = termsOf('Le Conseil régional des sentiers et de la randonnée', 'fr');
    assert.equal(oppositeOfAnotherSubject(subject, 'fr', text, 'fr', ['approuv'], 'Le Conseil régional des sentiers et de la randonnée a '), false);
    // Another body's acronym before the word still tells another subject.
    assert.equal(oppositeOfAnotherSubject(subject, 'fr', text.replace('CRSR', 'CNDP'), 'fr', ['approuv'], 'Le Conseil régional des sentiers et de la randonnée a '), true);
  });

  it('does not read « à l\'unanimité » after the opposite word as a verb it governs', () => {
    const text = 'Le conseil a approuvé à l\'unanimité le tracé.';
    assert.equal(oppositeOfAnotherSubject(termsOf('Le conseil', 'fr'), 'fr', text, 'fr', ['approuv']), false);
  });
});

describe('a body that approved what the claim says it rejected, named by its acronym', () => {
  const index = indexOf({
    'sentier.md': `---
id: sentier
title: Le tracé du sentier des crêtes validé
lang: fr
date: 2022-05-12
---

Le tracé du sentier des crêtes sera conservé, a annoncé la préfecture ce jeudi, après une réunion du Conseil régional des sentiers et de la randonnée consacrée au projet de l'architecte paysagiste Marc Delmas.

La préfète avait demandé un avis sur trois variantes du tracé.

Au terme d'une séance de trois heures, le CRSR a "approuvé à l'unanimité le tracé proposé par l'architecte, qui longe la crête sur douze kilomètres", a indiqué son président.
`,
  });
  const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', index.names), index);

  it('contradicts the claim on the passage that approves', () => {
    const v = check("Le Conseil régional des sentiers et de la randonnée a rejeté à l'unanimité le tracé de l'architecte Marc Delmas.");
    assert.equal(v.label, 'contradicted');
    assert.match(v.evidence[0]!.sentence.text, /approuvé/);
  });

  it('still supports the claim that it approved', () => {
    const v = check("Le Conseil régional des sentiers et de la randonnée a approuvé à l'unanimité le tracé de l'architecte Marc Delmas.");
    assert.notEqual(v.label, 'contradicted');
  });
});

import assert from 'node:assert/strict';
import { buildDocument } from '../../../server/src/core/corpus/document';
import { extractEntities } from '../../../server/src/core/entities/extract';
import type { Entity } from '../../../server/src/core/entities/types';
import { CorpusIndex } from '../../../server/src/core/index/corpusIndex';

/** The entities of invented articles, one body per document. */
function entitiesOf(lang: 'fr' | 'en', ...bodies: string[]): Entity[] {
  const index = new CorpusIndex();
  bodies.forEach((body, n) => index.setDocument(buildDocument(`/c/d${n}.md`, `---\nid: d${n}\ntitle: Dossier\nlang: ${lang}\n---\n\n${body}\n`)));
  return extractEntities(index.documents(), index.names);
}

const definitionOf = (entities: Entity[], name: string) => {
  const entity = entities.find((e) => e.name === name);
  assert.ok(entity, `${name} in ${entities.map((e) => e.name).join(', ')}`);
  return entity.definition?.source === 'sentence' ? '' : (entity.definition?.text ?? '');
};

describe('definitions: whose role, and what a comma closes', () => {
  it('takes no role closed by a comma after a preposition or a verb for the name that opens the main clause', () => {
    const entities = entitiesOf(
      'fr',
      "Arrêté à l'aéroport le 11 octobre alors qu'il rejoignait son épouse écossaise, Marc Teyssier a été pris à tort pour un autre.",
      'Selon le quotidien, Paul Verlaine a été arrêté à Lorient.',
    );
    assert.equal(definitionOf(entities, 'Marc Teyssier'), '');
    assert.equal(definitionOf(entities, 'Paul Verlaine'), '');
    assert.equal(entities.find((e) => e.name === 'Paul Verlaine')?.kind, 'person');
  });

  it('keeps a role whose sentence goes on after the name without a verb of its own', () => {
    const entities = entitiesOf('fr', "Les élus ont demandé à la directrice de l'OCDE, Irène Polk et au directeur du Trésor de venir. Irène Polk a répondu.");
    assert.match(definitionOf(entities, 'Irène Polk'), /directrice de l.OCDE/);
    const english = entitiesOf('en', 'The play was due to open in the capital, Tarnow this weekend.');
    assert.equal(definitionOf(english, 'Tarnow'), 'the capital');
  });

  it('gives a possessive no owner from a participle, an elided article, a source or a name before another subject', () => {
    const entities = entitiesOf(
      'fr',
      "L'affaire avait défrayé la chronique lorsque le corps de sa femme Odile, 48 ans, a été retrouvé.",
      "Cet entretien, filmé à Dunoon (Écosse), où il vit, a duré une heure, et le retraité s'y exprime aux côtés de son épouse irlandaise, Moira, très marquée.",
      "Contacté par l'AFP, son avocat, Jean Roux, n'a pas souhaité réagir.",
    );
    assert.doesNotMatch(definitionOf(entities, 'Odile'), /affaire/i);
    assert.equal(definitionOf(entities, 'Moira'), 'épouse irlandaise');
    assert.doesNotMatch(definitionOf(entities, 'Jean Roux'), /AFP/);
  });

  it('splits a time glued to a name by scraping', () => {
    const entities = entitiesOf('fr', 'Tout cela est injuste, dénonce le frère aîné Gaspard.12h45. Les tests ont parlé.');
    assert.ok(!entities.some((e) => /12h45/.test(e.name)), entities.map((e) => e.name).join(', '));
  });

  it('reads a first name, a surname and a particle before another surname as a person in any context', () => {
    const entities = entitiesOf(
      'fr',
      "L'arrestation de Xavier Dumont de Valcourt a été démentie. Selon la police, Xavier Dumont de Valcourt est toujours recherché.",
      'La traque du vrai Xavier Dumont de Valcourt continue.',
    );
    assert.equal(entities.find((e) => e.name === 'Xavier Dumont de Valcourt')?.kind, 'person');
  });
});

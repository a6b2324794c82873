import assert from 'node:assert/strict';
import { serviceOn } from './helpers';

describe('service: an in-text citation in the quoted claim', () => {
  it('quotes « Selon @key, … » as written, not « Selon, … »', async () => {
    const t = serviceOn();
    const d = t.open('Selon @pommes, la coopérative a ouvert une cidrerie en 2019.\n', 'untitled:cite.md');
    const unsupported = (await t.service.getDiagnostics(d))!.filter((x) => x.code === 'unsupported-claim');
    assert.deepEqual(unsupported.map((u) => u.message), ['Aucune source n’étaye « Selon @pommes, la coopérative a ouvert une cidrerie en 2019 »']);
  });
});

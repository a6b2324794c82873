import assert from 'node:assert/strict';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf } from './helpers';

const index = indexOf({
  'row.md': `---
id: row
title: Governor will not withdraw remark
lang: en
---

Harbour governor Ada Quill has again defended a remark made to a local reporter.

Ms Quill, who says she is "standing by" her words, had accused a Northgate Courier journalist of being like a "smuggler's lookout". The board met on Monday and asked her to apologise.

A recording released on Friday has her asking Tomas Brenn whether the shipping lobby pays him.
`,
  'later.md': `---
id: later
title: Board presses the governor
lang: en
---

The chairman repeated calls for harbour governor Ada Quill to apologise for likening the Northgate Courier reporter, Tomas Brenn, to a smuggler's lookout.
`,
  'weather.md': `---
id: weather
title: Storm on the coast
lang: en
---

A storm closed the harbour of Northgate on Sunday, and reporter crews filmed the waves.
`,
});
const findings = (draft: string) => findingsOf(checkDraft(parseMarkdown(draft), index, { language: 'auto' })!, index);
const claim = 'Ada Quill, the harbour governor, compared Northgate Courier reporter Tomas Brenn to a smuggler\'s lookout';

describe('a cited source that states the claim across its paragraphs', () => {
  it('is no wrong citation, and offers no other source in its place', () => {
    const found = findings(`${claim} [@row].\n`);
    assert.deepEqual(found.map((f) => f.code), []);
  });

  it('still reports a citation of a source that does not write the claim', () => {
    const f = findings(`${claim} [@weather].\n`).find((x) => x.code === 'miscited-claim');
    assert.ok(f);
    assert.equal(f.fixes[0].newText, 'later');
  });
});

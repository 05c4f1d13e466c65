// The detector lists are data: each entry must be well formed for the scanner's assumptions to hold.

import * as assert from 'assert';
import { DETECTORS } from '../../../src/engine/secrets/detectors';

describe('secret detector definitions', () => {
  it('have kebab-case ids, descriptions, lower-case keywords and global, index-reporting patterns', () => {
    for (const detector of DETECTORS) {
      assert.match(detector.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, detector.id);
      assert.ok(detector.description.length > 0, detector.id);
      for (const keyword of detector.keywords) {
        assert.strictEqual(keyword, keyword.toLowerCase(), `${detector.id}: ${keyword}`);
      }
      assert.ok(detector.pattern.global && detector.pattern.hasIndices, `${detector.id} needs the g and d flags`);
      if (detector.keyName !== undefined) {
        assert.ok(detector.pattern.source.includes('?<key>'), `${detector.id} captures no key`);
      }
    }
  });

  it('run without keywords only for formats that have no fixed text', () => {
    assert.deepStrictEqual(
      DETECTORS.filter((detector) => detector.keywords.length === 0).map((detector) => detector.id),
      ['discord-bot-token'],
    );
  });
});

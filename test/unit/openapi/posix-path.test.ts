import * as assert from 'assert';
import { dirnamePosix, isInsidePosix, joinPosix, normalizePosix, relativePosix } from '../../../src/engine/openapi/posix-path';

describe('posix-path', () => {
  it('normalizes dots, doubled slashes and backslashes', () => {
    assert.strictEqual(normalizePosix('a/./b//c/../d'), 'a/b/d');
    assert.strictEqual(normalizePosix('specs\\common\\pet.yaml'), 'specs/common/pet.yaml');
    assert.strictEqual(normalizePosix('/x/../../y'), '/y');
    assert.strictEqual(normalizePosix('../a/../../b'), '../../b');
  });

  it('joins a relative reference onto a folder, and lets an absolute one win', () => {
    assert.strictEqual(joinPosix('specs', '../common/x.yaml'), 'common/x.yaml');
    assert.strictEqual(joinPosix('', 'x.yaml'), 'x.yaml');
    assert.strictEqual(joinPosix('/home/me/api', '/etc/passwd'), '/etc/passwd');
    assert.strictEqual(dirnamePosix('/a/b.yaml'), '/a');
    assert.strictEqual(dirnamePosix('b.yaml'), '');
  });

  it('reports paths that climb out of the allowed root as outside', () => {
    assert.ok(isInsidePosix('', 'specs/a.yaml'));
    assert.ok(!isInsidePosix('', '../a.yaml'));
    assert.ok(!isInsidePosix('', '/etc/passwd'));
    assert.ok(isInsidePosix('/p/api', '/p/api/x/y.yaml'));
    assert.ok(!isInsidePosix('/p/api', '/p/api-other/y.yaml'));
    assert.ok(!isInsidePosix('/p/api', '/p/x.yaml'));
  });

  it('computes the relative path from a folder to a file', () => {
    assert.strictEqual(relativePosix('/p/specs', '/p/common/x.yaml'), '../common/x.yaml');
    assert.strictEqual(relativePosix('specs', 'specs/x.yaml'), 'x.yaml');
    assert.strictEqual(relativePosix('', 'x.yaml'), 'x.yaml');
  });
});

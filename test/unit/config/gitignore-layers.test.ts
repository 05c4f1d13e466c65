import * as assert from 'assert';
import { gitignoreLayer, isIgnoredByLayers, sortLayers } from '../../../src/engine/config/gitignore-layers';

describe('isIgnoredByLayers', () => {
  it('applies a .gitignore to the paths below its folder only', () => {
    const layers = [gitignoreLayer('bot', '.env\n')];
    assert.strictEqual(isIgnoredByLayers(layers, 'bot/.env'), true);
    assert.strictEqual(isIgnoredByLayers(layers, '.env'), false);
    assert.strictEqual(isIgnoredByLayers(layers, 'botany/.env'), false);
  });

  it('lets a deeper .gitignore re-include what a shallower one ignores, as git does', () => {
    const layers = sortLayers([gitignoreLayer('bot', '!.env\n'), gitignoreLayer('', '.env\n')]);
    assert.strictEqual(isIgnoredByLayers(layers, 'bot/.env'), false);
    assert.strictEqual(isIgnoredByLayers(layers, 'api/.env'), true);
  });

  it('matches folder patterns for folders, and works with absolute posix coordinates', () => {
    const layers = [gitignoreLayer('/work/repo/', 'generated/\n')];
    assert.strictEqual(isIgnoredByLayers(layers, '/work/repo/generated', true), true);
    assert.strictEqual(isIgnoredByLayers(layers, '/work/repo/generated', false), false);
    assert.strictEqual(isIgnoredByLayers(layers, '/work/repo/generated/x.actions.yaml'), true);
  });
});

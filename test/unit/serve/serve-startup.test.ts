// `secure-actions serve` refuses to start on error findings or a missing ${env:} variable: exit 2, the findings as
// `check` prints them, the variable named, never a stack trace (the built CLI, as a user runs it).

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runBin } from '../../helpers/cli';
import { connection, createProject, getOrder, TOKEN } from '../../helpers/runtime-project';

describe('serve start-up refusals (built CLI)', function () {
  this.timeout(30000);

  it('prints the error findings as check does and exits 2', () => {
    const project = createProject({
      definition: { version: 1, connection: connection('http://api.example.com'), actions: [getOrder()] },
      env: { ORDERS_TOKEN: TOKEN },
    });
    try {
      const run = runBin(['serve', 'api.actions.json'], project.dir);
      assert.strictEqual(run.code, 2);
      assert.strictEqual(run.stdout, '', 'nothing but protocol on stdout');
      assert.match(run.stderr, /refusing to start/);
      assert.match(run.stderr, /^api\.actions\.json$/m, 'the file, as check prints it');
      assert.match(run.stderr, /\d+:\d+\s+error\s+.*insecure-http-url/);
      assert.doesNotMatch(run.stderr, /\n\s+at \S+ \(?\S+:\d+:\d+\)?/);
    } finally {
      project.remove();
    }
  });

  it('names a missing environment variable and exits 2', () => {
    const project = createProject({ definition: { version: 1, connection: connection('http://127.0.0.1:9'), actions: [getOrder()] } });
    try {
      const run = runBin(['serve', 'api.actions.json'], project.dir);
      assert.strictEqual(run.code, 2);
      assert.match(run.stderr, /ORDERS_TOKEN/);
      assert.ok(!run.stderr.includes(TOKEN));
      assert.doesNotMatch(run.stderr, /\n\s+at \S+ \(?\S+:\d+:\d+\)?/);
    } finally {
      project.remove();
    }
  });

  it('exits 2 on a file that does not exist and on usage errors', () => {
    for (const argv of [['serve', 'missing.actions.yaml'], ['serve'], ['serve', 'a.actions.yaml', '--port', '80'], ['serve', 'a.actions.yaml', '--http', '--port', 'x'], ['serve', 'a.actions.yaml', '--rate-limit-store', 'memcached://x']]) {
      const run = runBin(argv);
      assert.strictEqual(run.code, 2, `${argv.join(' ')}: ${run.stderr}`);
      assert.doesNotMatch(run.stderr, /\n\s+at \S+ \(?\S+:\d+:\d+\)?/);
    }
  });

  it('names a folder given as a file, and a store it cannot reach, each in one plain line', () => {
    const project = createProject({ definition: { version: 1, connection: connection('http://127.0.0.1:9'), actions: [getOrder()] }, env: { ORDERS_TOKEN: TOKEN } });
    try {
      const folder = runBin(['serve', '.'], project.dir);
      assert.strictEqual(folder.code, 2);
      assert.match(folder.stderr, /^ {2}\.: is a folder: serve takes action files/m);
      const store = runBin(['serve', 'api.actions.json', '--rate-limit-store', 'redis://127.0.0.1:1'], project.dir);
      assert.strictEqual(store.code, 2);
      assert.match(store.stderr, /^ {2}cannot connect to the rate limit store redis:\/\/127\.0\.0\.1:1$/m);
    } finally {
      project.remove();
    }
  });

  it('refuses a binary file as not analysed, said once', () => {
    const project = createProject({ definition: { version: 1, connection: connection('http://127.0.0.1:9'), actions: [getOrder()] }, env: { ORDERS_TOKEN: TOKEN } });
    try {
      fs.writeFileSync(path.join(project.dir, 'blob.actions.yaml'), Buffer.from([0x76, 0x00, 0x01, 0xff, 0x00, 0x7f]));
      const run = runBin(['serve', 'blob.actions.yaml'], project.dir);
      assert.strictEqual(run.code, 2);
      assert.match(run.stderr, /^ {2}blob\.actions\.yaml: Not analysed: a binary file/m);
      assert.doesNotMatch(run.stderr, /not analysed: Not analysed/i);
    } finally {
      project.remove();
    }
  });
});

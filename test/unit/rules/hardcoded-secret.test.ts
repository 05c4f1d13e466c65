import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { applyFixes } from '../../../src/engine/fix/apply';
import { lint } from '../../../src/engine/lint';
import type { Finding } from '../../../src/engine/model/types';
import { hardcodedSecret } from '../../../src/engine/rules/hardcoded-secret';
import { envLookupEdits, keyNameBefore, referencedEnvNames } from '../../../src/engine/rules/util/secret-source-idioms';
import { CORPUS_DIR, type Fixture, fixture } from '../../helpers/fixtures';
import { inline, ruleTester } from '../../helpers/rule-tester';

const STRIPE_KEY = 'sk_live_9Kq2LmXv7RtB4nWz8YpD3sHf';
const GITHUB_TOKEN = 'ghp_R7mK2xQ9vLp4Tn8WcZ3bYh6Jd5Fs1Ga0EuNq';
const SLACK_TOKEN = 'xoxb-2817364501-4829103756-Kq7vR2mXz9LpT4wN8bYs3HdF';

ruleTester.run(hardcodedSecret, {
  valid: [
    { ...fixture('hardcoded-secret/valid/references-and-lookalikes.actions.yaml'), name: 'references, a placeholder, a request id and AWS\'s documented example key' },
    { ...fixture('hardcoded-secret/valid/bot.ts'), name: 'TypeScript reading process.env, with a publishable key and a tokenizer name' },
    { ...fixture('hardcoded-secret/valid/settings.py'), name: 'Python reading os.environ, with a ${DB_PASSWORD} template in a default' },
    { ...fixture('secret-literal-in-auth/invalid/literal-api-key.actions.yaml'), name: 'a literal in the auth block, which secret-literal-in-auth owns' },
    { ...fixture('credentials-in-url/invalid/base-url-password.actions.yaml'), name: 'passwords in URLs, which credentials-in-url owns' },
    fixture('secure/batch1-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'a random header secret (warning) and a GitHub token inside an Authorization value',
      source: fixture('hardcoded-secret/invalid/headers.actions.yaml'),
      findings: [
        { path: 'connection.headers.X-Partner-Secret', line: 7, severity: 'warning', messageIncludes: ' in connection.headers.X-Partner-Secret (Zt4…7W); move it to .env.' },
        { path: 'connection.headers.Authorization', line: 9, severity: 'error', messageIncludes: 'GitHub personal access token hardcoded in connection.headers.Authorization (ghp_…uNq)' },
      ],
      output: fixture('hardcoded-secret/invalid/headers.fixed.actions.yaml'),
    },
    {
      name: 'one Stripe key in a base URL query and a parameter default, moved under one name',
      source: fixture('hardcoded-secret/invalid/query-key.actions.json'),
      findings: [
        { path: 'connection.baseUrl', line: 5 },
        { path: 'actions[0].parameters[0].schema.default', line: 15, messageIncludes: 'action "search" (parameters[0].schema.default)' },
      ],
      output: fixture('hardcoded-secret/invalid/query-key.fixed.actions.json'),
    },
    {
      name: 'a commented-out key in an action file, with no automatic fix',
      source: fixture('hardcoded-secret/invalid/commented-key.actions.yaml'),
      findings: [{ line: 5, messageIncludes: 'Stripe secret key hardcoded in a comment (sk_l…sHf); delete it' }],
    },
    {
      name: 'TypeScript: a string literal becomes process.env, a token inside an interpolated template gets no fix',
      source: fixture('hardcoded-secret/invalid/payments.ts'),
      findings: [{ line: 4, severity: 'error' }, { line: 9, severity: 'error' }],
      output: fixture('hardcoded-secret/invalid/payments.fixed.ts'),
    },
    {
      name: 'Python: os.environ, with import os after the shebang, docstring and __future__ import',
      source: fixture('hardcoded-secret/invalid/notify.py'),
      findings: [{ line: 7, messageIncludes: 'Slack bot token hardcoded (xoxb…HdF)' }],
      output: fixture('hardcoded-secret/invalid/notify.fixed.py'),
    },
    {
      name: 'YAML config: ${NAME} prefixed with the file name for a generic key',
      source: fixture('hardcoded-secret/invalid/database.yml'),
      findings: [{ line: 5, severity: 'warning' }],
      output: fixture('hardcoded-secret/invalid/database.fixed.yml'),
    },
    {
      name: 'shell: a bare word becomes "$NAME"',
      source: fixture('hardcoded-secret/invalid/deploy.sh'),
      findings: [{ line: 3 }],
      output: fixture('hardcoded-secret/invalid/deploy.fixed.sh'),
    },
    {
      name: 'config: two passwords get two names, a repeated one reuses its name',
      source: inline('config/database.yml', 'primary:\n  password: q7Vr2Lx9Kp4Tz8Wn\nreplica:\n  password: Hn4vP9qLs2XwRt6Y\nbackup:\n  password: q7Vr2Lx9Kp4Tz8Wn\n'),
      findings: [{ line: 2 }, { line: 4 }, { line: 6 }],
      output: 'primary:\n  password: ${DATABASE_PASSWORD}\nreplica:\n  password: ${DATABASE_PASSWORD_2}\nbackup:\n  password: ${DATABASE_PASSWORD}\n',
    },
  ],
});

function secretFindings(source: Fixture, envKeys?: ReadonlyMap<string, string>): Finding[] {
  return lint({ text: source.text, fileName: source.fileName, envKeys }).findings.filter((f) => f.ruleId === hardcodedSecret.id);
}

describe('hardcoded-secret fixes', () => {
  it('moves a source literal with its value and name as an env entry', () => {
    const [stripe, template] = secretFindings(fixture('hardcoded-secret/invalid/payments.ts'));
    assert.deepStrictEqual(stripe?.fix?.envEntries, [{ name: 'STRIPE_KEY', value: STRIPE_KEY }]);
    assert.strictEqual(stripe?.fix?.title, 'Move secret to .env as STRIPE_KEY');
    assert.strictEqual(stripe?.fix?.safe, true);
    assert.strictEqual(template?.fix, undefined);
  });

  it('moves an action-file value with its value and name; a secret inside a longer value is not safe for fix all', () => {
    const [header, authorization] = secretFindings(fixture('hardcoded-secret/invalid/headers.actions.yaml'));
    assert.deepStrictEqual(header?.fix?.envEntries, [{ name: 'ORDERS_API_X_PARTNER_SECRET', value: 'Zt4Qm8Rv2Xk9Lp7W' }]);
    assert.strictEqual(header?.fix?.safe, true);
    assert.deepStrictEqual(authorization?.fix?.envEntries, [{ name: 'ORDERS_API_AUTHORIZATION', value: GITHUB_TOKEN }]);
    assert.strictEqual(authorization?.fix?.safe, false);
  });

  it('reuses the .env key that already holds the same secret', () => {
    const [stripe] = secretFindings(fixture('hardcoded-secret/invalid/payments.ts'), new Map([['STRIPE_LIVE', STRIPE_KEY]]));
    assert.deepStrictEqual(stripe?.fix?.envEntries, [{ name: 'STRIPE_LIVE', value: STRIPE_KEY }]);
  });

  it('leaves no finding where a fix was applied', () => {
    for (const file of ['payments.ts', 'notify.py', 'database.yml', 'deploy.sh']) {
      const source = fixture(`hardcoded-secret/invalid/${file}`);
      const before = secretFindings(source);
      const { text } = applyFixes(source.text, before.flatMap((f) => (f.fix ? [f.fix] : [])));
      assert.strictEqual(secretFindings({ fileName: source.fileName, text }).length, before.filter((f) => !f.fix).length, file);
    }
  });

  it('underlines exactly the secret inside a quoted YAML value', () => {
    const source = fixture('hardcoded-secret/invalid/headers.actions.yaml');
    const ranges = secretFindings(source).map((f) => source.text.slice(f.range.start, f.range.end));
    assert.deepStrictEqual(ranges, ['Zt4Qm8Rv2Xk9Lp7W', GITHUB_TOKEN]);
  });

  it('never puts a secret into any message of any rule', () => {
    for (const [file, secrets] of [
      ['headers.actions.yaml', ['Zt4Qm8Rv2Xk9Lp7W', GITHUB_TOKEN]],
      ['query-key.actions.json', [STRIPE_KEY]],
      ['payments.ts', [STRIPE_KEY, GITHUB_TOKEN]],
      ['notify.py', [SLACK_TOKEN]],
      ['database.yml', ['q7Vr2Lx9Kp4Tz8Wn']],
      ['deploy.sh', [GITHUB_TOKEN]],
    ] as const) {
      const source = fixture(`hardcoded-secret/invalid/${file}`);
      for (const finding of lint({ text: source.text, fileName: source.fileName }).findings) {
        assert.ok(secrets.every((secret) => !finding.message.includes(secret)), `${finding.ruleId} leaks a secret of ${file}`);
      }
    }
  });
});

describe('envLookupEdits', () => {
  const editAt = (fileName: string, text: string, secret: string) => {
    const start = text.indexOf(secret);
    return envLookupEdits(fileName, text, { start, end: start + secret.length }, 'API_KEY');
  };

  it('writes each language\'s env lookup over the whole literal', () => {
    const cases: Array<[string, string, string]> = [
      ['a.rb', 'key = "s3cr3tv4lue"', 'ENV["API_KEY"]'],
      ['a.php', "$key = 's3cr3tv4lue';", "getenv('API_KEY')"],
      ['A.java', 'String key = "s3cr3tv4lue";', 'System.getenv("API_KEY")'],
      ['a.cs', 'var key = "s3cr3tv4lue";', 'System.Environment.GetEnvironmentVariable("API_KEY")'],
      ['a.ps1', "$key = 's3cr3tv4lue'", '$env:API_KEY'],
      ['a.mjs', 'const key = `s3cr3tv4lue`;', 'process.env.API_KEY'],
      ['a.tsx', 'const key="s3cr3tv4lue";', 'process.env.API_KEY'],
      ['a.tsx', '  <Checkout mode="live" apiKey="s3cr3tv4lue" />', '{process.env.API_KEY}'],
    ];
    for (const [fileName, text, expected] of cases) {
      assert.strictEqual(editAt(fileName, text, 's3cr3tv4lue')?.[0]?.newText, expected, fileName);
    }
  });

  it('absorbs a Python raw-string prefix and refuses bytes, triple quotes and tagged templates', () => {
    const raw = editAt('a.py', 'import os\nkey = r"s3cr3tv4lue"\n', 's3cr3tv4lue');
    assert.deepStrictEqual(raw?.map((e) => e.range), [{ start: 16, end: 30 }]);
    assert.strictEqual(editAt('a.py', 'import os\nkey = b"s3cr3tv4lue"\n', 's3cr3tv4lue'), undefined);
    assert.strictEqual(editAt('a.py', 'import os\nkey = """s3cr3tv4lue"""\n', 's3cr3tv4lue'), undefined);
    assert.strictEqual(editAt('a.js', 'const key = raw`s3cr3tv4lue`;', 's3cr3tv4lue'), undefined);
  });

  it('refuses a secret that is only part of a code literal, and languages without an idiom', () => {
    assert.strictEqual(editAt('a.ts', 'const url = "https://u:s3cr3tv4lue@h";', 's3cr3tv4lue'), undefined);
    assert.strictEqual(editAt('main.go', 'key := "s3cr3tv4lue"', 's3cr3tv4lue'), undefined);
    assert.strictEqual(editAt('a.py', 'code = "load(token=\'s3cr3tv4lue\')"', 's3cr3tv4lue'), undefined);
  });

  it('replaces only the value in configuration, but not inside a YAML flow collection', () => {
    assert.strictEqual(editAt('app.properties', 'db.password=s3cr3tv4lue', 's3cr3tv4lue')?.[0]?.newText, '${API_KEY}');
    assert.strictEqual(editAt('app.yaml', 'db: { password: s3cr3tv4lue }', 's3cr3tv4lue'), undefined);
    assert.strictEqual(editAt('app.yaml', 'db: { password: "s3cr3tv4lue" }', 's3cr3tv4lue')?.[0]?.newText, '${API_KEY}');
    assert.strictEqual(editAt('bot.env.example', 'API_KEY=s3cr3tv4lue', 's3cr3tv4lue')?.[0]?.newText, '');
  });

  it('adds import os to Python only when os is not imported at the top level', () => {
    assert.strictEqual(editAt('a.py', 'import sys, os\nkey = "s3cr3tv4lue"\n', 's3cr3tv4lue')?.length, 1);
    assert.strictEqual(editAt('a.py', 'import os.path\nkey = "s3cr3tv4lue"\n', 's3cr3tv4lue')?.length, 1);
    const added = editAt('a.py', 'import os as system\nkey = "s3cr3tv4lue"\n', 's3cr3tv4lue');
    assert.deepStrictEqual(added?.[0], { range: { start: 0, end: 0 }, newText: 'import os\n' });
  });

  it('puts import os after __future__ imports, past blank lines and comments, and gives up on a parenthesised one', () => {
    const text = '"""Doc."""\n\n# typing\nfrom __future__ import annotations\n\nkey = "s3cr3tv4lue"\n';
    const [insert] = editAt('a.py', text, 's3cr3tv4lue') ?? [];
    assert.strictEqual(insert?.range.start, text.indexOf('\n\nkey') + 1);
    assert.strictEqual(editAt('a.py', 'from __future__ import (\n  annotations)\nkey = "s3cr3tv4lue"\n', 's3cr3tv4lue'), undefined);
  });

});

describe('keyNameBefore', () => {
  it('finds the variable, key or tag a secret is assigned to', () => {
    const cases: Array<[string, string | undefined]> = [
      ['const stripeKey: string = "', 'stripeKey'],
      ['  "client_secret": "', 'client_secret'],
      ['config.stripe.secretKey = \'', 'secretKey'],
      ['headers["X-Api-Key"] = "', 'X-Api-Key'],
      ['client = Client(api_key=r"', 'api_key'],
      ['  <password>', 'password'],
      ['export GITHUB_TOKEN=', 'GITHUB_TOKEN'],
      ['new Stripe("', undefined],
    ];
    for (const [prefix, expected] of cases) {
      assert.strictEqual(keyNameBefore(`${prefix}s3cr3t`, prefix.length), expected, prefix);
    }
  });
});

describe('referencedEnvNames', () => {
  it('collects names read through every idiom the fixes write', () => {
    const text = 'a ${env:A_1} ${B} $C process.env.D os.environ["E"] os.getenv(\'F\') ENV["G"] System.getenv("H")';
    assert.deepStrictEqual([...referencedEnvNames(text)].sort(), ['A_1', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
  });
});

describe('hardcoded-secret on the labelled corpus', () => {
  const samples = fs.readFileSync(path.join(CORPUS_DIR, 'secrets', 'labelled-sample.jsonl'), 'utf8')
    .split('\n').filter((line) => line.trim() !== '').map((line) => (JSON.parse(line) as { text: string }).text);
  const syntaxErrors = (text: string, fileName: string): number =>
    (ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true) as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length;

  it('never crashes and never shows a found secret in a message, as code, config or script', () => {
    for (const fileName of ['bot.ts', 'bot.py', 'config.yaml', 'deploy.sh']) {
      for (const text of samples) {
        for (const finding of lint({ text, fileName }).findings) {
          assert.notStrictEqual(finding.ruleId, 'internal-error', finding.message);
          const secret = text.slice(finding.range.start, finding.range.end);
          assert.ok(finding.ruleId !== hardcodedSecret.id || !finding.message.includes(secret), `${fileName}: ${finding.message}`);
        }
      }
    }
  });

  it('never turns TypeScript that parses into TypeScript that does not', () => {
    let fixed = 0;
    for (const fileName of ['bot.ts', 'widget.tsx']) {
      for (const text of samples.filter((sample) => syntaxErrors(sample, fileName) === 0)) {
        const fixes = secretFindings({ fileName, text }).flatMap((f) => (f.fix ? [f.fix] : []));
        if (fixes.length > 0) {
          fixed++;
          const after = applyFixes(text, fixes).text;
          assert.strictEqual(syntaxErrors(after, fileName), 0, `${fileName}:\n${after.slice(0, 300)}`);
        }
      }
    }
    assert.ok(fixed > 500, `only ${fixed} files fixed`);
  });
});

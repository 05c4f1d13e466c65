import { tlsVerifyDisabled } from '../../../src/engine/rules/tls-verify-disabled';
import { fixture } from '../../helpers/fixtures';
import { inline, ruleTester } from '../../helpers/rule-tester';

ruleTester.run(tlsVerifyDisabled, {
  valid: [
    fixture('tls-verify-disabled/valid/verify-on.actions.yaml'),
    { ...fixture('tls-verify-disabled/valid/no-tls-block.actions.json'), name: 'no tls block, and a header whose value is "false"' },
    fixture('secure/batch1-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'verify false in a flow map under a comment',
      source: fixture('tls-verify-disabled/invalid/verify-false.actions.yaml'),
      findings: [{ path: 'connection.tls.verify', line: 7, messageIncludes: '"billing"' }],
      output: fixture('tls-verify-disabled/invalid/verify-false.fixed.actions.yaml'),
    },
    {
      name: 'verify as the string "false" in JSON',
      source: fixture('tls-verify-disabled/invalid/verify-string.actions.json'),
      findings: [{ path: 'connection.tls.verify', line: 8 }],
      output: fixture('tls-verify-disabled/invalid/verify-string.fixed.actions.json'),
    },
    {
      name: 'verify: no, which YAML 1.1 loaders read as false',
      source: inline('legacy.actions.yaml', 'version: 1\nconnection:\n  name: x\n  tls:\n    verify: no\nactions: []\n'),
      findings: [{ path: 'connection.tls.verify', line: 5 }],
      output: 'version: 1\nconnection:\n  name: x\n  tls:\n    verify: true\nactions: []\n',
    },
  ],
});

import { destructiveWithoutConfirm } from '../../../src/engine/rules/destructive-without-confirm';
import { fixture } from '../../helpers/fixtures';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(destructiveWithoutConfirm, {
  valid: [
    fixture('destructive-without-confirm/valid/confirmed.actions.yaml'),
    { ...fixture('destructive-without-confirm/valid/read-only-lookalikes.actions.json'), name: 'cancellation policy, refund list, addresses and reactivate look destructive but are not' },
    fixture('secure/batch3-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'DELETE, remove, cancellation, close account and a cancelling GET, each on its evidence',
      source: fixture('destructive-without-confirm/invalid/unconfirmed.actions.yaml'),
      findings: [
        { path: 'actions[0].method', line: 11, messageIncludes: 'the DELETE method' },
        { path: 'actions[1].confirm', line: 19, messageIncludes: '"remove" in its id' },
        { path: 'actions[2].path', line: 25, messageIncludes: '"cancel" in its path' },
        { path: 'actions[3].id', line: 28, messageIncludes: '"close account" in its id' },
        { path: 'actions[4].id', line: 34, messageIncludes: 'Action "cancelOrder"' },
      ],
      output: fixture('destructive-without-confirm/invalid/unconfirmed.fixed.actions.yaml'),
    },
    {
      name: 'a refund in JSON',
      source: fixture('destructive-without-confirm/invalid/refund.actions.json'),
      findings: [{ path: 'actions[0].path', line: 14, messageIncludes: '"refund" in its path' }],
      output: fixture('destructive-without-confirm/invalid/refund.fixed.actions.json'),
    },
  ],
});

import { auditLoggingOff } from '../../../src/engine/rules/audit-logging-off';
import { fixture } from '../../helpers/fixtures';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(auditLoggingOff, {
  valid: [
    fixture('audit-logging-off/valid/audited.actions.yaml'),
    { ...fixture('audit-logging-off/valid/personal-data-reported-elsewhere.actions.json'), name: 'personal data without audit (personal-data-audit-off reports it)' },
    fixture('secure/batch3-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'audit missing (on the action) and audit false (on the value)',
      source: fixture('audit-logging-off/invalid/missing-and-false.actions.yaml'),
      findings: [
        { path: 'actions[0]', line: 9, messageIncludes: 'Action "getOrderStatus" has no "audit"' },
        { path: 'actions[1].audit', line: 22, messageIncludes: 'turns audit logging off' },
      ],
      output: fixture('audit-logging-off/invalid/missing-and-false.fixed.actions.yaml'),
    },
    {
      name: 'a one-line JSON action',
      source: fixture('audit-logging-off/invalid/flow-actions.actions.json'),
      findings: [{ path: 'actions[0]', line: 10 }],
      output: fixture('audit-logging-off/invalid/flow-actions.fixed.actions.json'),
    },
  ],
});

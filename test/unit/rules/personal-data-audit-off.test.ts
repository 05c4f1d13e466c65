import { personalDataAuditOff } from '../../../src/engine/rules/personal-data-audit-off';
import { fixture } from '../../helpers/fixtures';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(personalDataAuditOff, {
  valid: [
    fixture('personal-data-audit-off/valid/audited.actions.yaml'),
    { ...fixture('personal-data-audit-off/valid/no-personal-data.actions.json'), name: 'audit off where no personal data flows (audit-logging-off reports it)' },
    fixture('secure/batch3-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'personal data with audit missing (on personalData) and audit false (on the value)',
      source: fixture('personal-data-audit-off/invalid/unaudited.actions.yaml'),
      findings: [
        { path: 'actions[0].personalData', line: 13, messageIncludes: 'is not audit-logged', severity: 'error' },
        { path: 'actions[1].audit', line: 23, messageIncludes: 'turns audit logging off' },
      ],
      output: fixture('personal-data-audit-off/invalid/unaudited.fixed.actions.yaml'),
    },
    {
      name: 'personal data without audit in JSON',
      source: fixture('personal-data-audit-off/invalid/unaudited.actions.json'),
      findings: [{ path: 'actions[0].personalData', line: 15 }],
      output: fixture('personal-data-audit-off/invalid/unaudited.fixed.actions.json'),
    },
  ],
});

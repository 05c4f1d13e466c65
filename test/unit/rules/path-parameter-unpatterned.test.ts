import { pathParameterUnpatterned } from '../../../src/engine/rules/path-parameter-unpatterned';
import { fixture } from '../../helpers/fixtures';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(pathParameterUnpatterned, {
  valid: [
    fixture('path-parameter-unpatterned/valid/constrained-path-parameters.actions.yaml'),
    { ...fixture('path-parameter-unpatterned/valid/numeric-and-query.actions.json'), name: 'integer and date path parameters, and an unpatterned query parameter' },
    fixture('secure/batch2-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'maxLength alone, flow and implied strings; no pattern forced onto an email',
      source: fixture('path-parameter-unpatterned/invalid/unpatterned.actions.yaml'),
      findings: [
        { path: 'actions[0].parameters[0].schema', line: 16, messageIncludes: 'Path parameter "vehicleId" of action "getDocument"' },
        { path: 'actions[0].parameters[1].schema', line: 22 },
        { path: 'actions[0].parameters[2].schema', line: 23 },
        { path: 'actions[0].parameters[3].schema', line: 27 },
      ],
      output: fixture('path-parameter-unpatterned/invalid/unpatterned.fixed.actions.yaml'),
    },
    {
      name: 'a string path parameter in multi-line JSON',
      source: fixture('path-parameter-unpatterned/invalid/unpatterned.actions.json'),
      findings: [{ path: 'actions[0].parameters[0].schema', line: 19 }],
      output: fixture('path-parameter-unpatterned/invalid/unpatterned.fixed.actions.json'),
    },
  ],
});

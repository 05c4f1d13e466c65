import { pathParameterUndeclared } from '../../../src/engine/rules/path-parameter-undeclared';
import { fixture } from '../../helpers/fixtures';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(pathParameterUndeclared, {
  valid: [
    fixture('path-parameter-undeclared/valid/declared.actions.yaml'),
    { ...fixture('path-parameter-undeclared/valid/declared.actions.json'), name: 'a placeholder used twice, declared once' },
    fixture('secure/batch2-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'missing path parameters (appended, or a new list), a renamed one and one declared in the query',
      source: fixture('path-parameter-undeclared/invalid/undeclared.actions.yaml'),
      findings: [
        { path: 'actions[0].path', line: 10, messageIncludes: 'uses {orderId}, but no parameter "orderId" with in: path' },
        { path: 'actions[1].path', line: 19 },
        { path: 'actions[2].path', line: 23, messageIncludes: '(was "id" meant to be it?)' },
        { path: 'actions[2].parameters[0].name', line: 25, messageIncludes: 'has no {id} placeholder' },
        { path: 'actions[3].path', line: 32, messageIncludes: 'declared with in: query' },
      ],
      output: fixture('path-parameter-undeclared/invalid/undeclared.fixed.actions.yaml'),
    },
    {
      name: 'two placeholders and an empty parameter list in JSON, declared by one edit',
      source: fixture('path-parameter-undeclared/invalid/undeclared.actions.json'),
      findings: [{ path: 'actions[0].path', line: 13, messageIncludes: '{shipmentId}' }, { path: 'actions[0].path', line: 13, messageIncludes: '{eventId}' }],
      output: fixture('path-parameter-undeclared/invalid/undeclared.fixed.actions.json'),
    },
  ],
});

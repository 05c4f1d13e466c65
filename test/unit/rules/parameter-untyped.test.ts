import { parameterUntyped } from '../../../src/engine/rules/parameter-untyped';
import { fixture } from '../../helpers/fixtures';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(parameterUntyped, {
  valid: [
    fixture('parameter-untyped/valid/typed-parameters.actions.yaml'),
    { ...fixture('parameter-untyped/valid/typed-body.actions.json'), name: 'an object body with only a type (the other rules judge bounds)' },
    fixture('secure/batch2-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'parameters without a schema, flow and block, path parameter patterned',
      source: fixture('parameter-untyped/invalid/missing-schema.actions.yaml'),
      findings: [
        { path: 'actions[0].parameters[0]', line: 12, messageIncludes: '"orderId" of action "getOrder" has no schema' },
        { path: 'actions[0].parameters[1]', line: 13 },
      ],
      output: fixture('parameter-untyped/invalid/missing-schema.fixed.actions.yaml'),
    },
    {
      name: 'schemas without a type get the type their keywords imply',
      source: fixture('parameter-untyped/invalid/schema-without-type.actions.yaml'),
      findings: [
        { path: 'actions[0].parameters[0].schema', line: 14 },
        { path: 'actions[0].parameters[1].schema', line: 17 },
        { path: 'actions[0].parameters[2].schema', line: 21 },
        { path: 'actions[0].parameters[3].schema', line: 24 },
        { path: 'actions[0].parameters[4].schema', line: 27, messageIncludes: 'has no type' },
      ],
      output: fixture('parameter-untyped/invalid/schema-without-type.fixed.actions.yaml'),
    },
    {
      name: 'parameters without a schema in JSON',
      source: fixture('parameter-untyped/invalid/missing-schema.actions.json'),
      findings: [{ path: 'actions[0].parameters[0]', line: 15 }, { path: 'actions[0].parameters[1]', line: 16 }],
      output: fixture('parameter-untyped/invalid/missing-schema.fixed.actions.json'),
    },
  ],
});

import { parseError } from '../../../src/engine/rules/parse-error';
import { fixture, inline } from '../../helpers/fixtures';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(parseError, {
  valid: [
    fixture('parse-error/valid/well-formed.actions.yaml'),
    fixture('parse-error/valid/flow-and-comments.actions.json'),
    { ...inline('notes.js', 'const x = {'), name: 'a source file is never parsed, so broken JS is not its business', kind: 'source' },
  ],
  invalid: [
    { name: 'an unclosed flow mapping in YAML', source: fixture('parse-error/invalid/unclosed-flow-map.actions.yaml'), findings: [{ line: 6 }] },
    { name: 'a trailing comma in JSON', source: fixture('parse-error/invalid/trailing-comma.actions.json'), findings: [{ line: 3, messageIncludes: 'JSON syntax error' }] },
    { name: 'a list instead of a mapping', source: fixture('parse-error/invalid/a-list.actions.yaml'), findings: [{ line: 1, messageIncludes: 'must be a mapping' }] },
    { name: 'an empty JSON file', source: inline('empty.actions.json', ''), findings: [{ line: 1, messageIncludes: 'empty' }] },
  ],
});

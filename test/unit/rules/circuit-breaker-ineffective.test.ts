import { circuitBreakerIneffective } from '../../../src/engine/rules/circuit-breaker-ineffective';
import { fixture } from '../../helpers/fixtures';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(circuitBreakerIneffective, {
  valid: [
    fixture('circuit-breaker-ineffective/valid/bounded.actions.yaml'),
    { ...fixture('circuit-breaker-ineffective/valid/limits-exactly.actions.json'), name: '100 failures and one day exactly' },
    fixture('secure/batch3-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'a thousand failures and a week-long pause, each reported on its value',
      source: fixture('circuit-breaker-ineffective/invalid/never-opens-never-closes.actions.yaml'),
      findings: [
        { path: 'connection.circuitBreaker.failures', line: 8, messageIncludes: 'hardly ever opens' },
        { path: 'connection.circuitBreaker.cooldownMs', line: 9, messageIncludes: 'hardly ever closes' },
      ],
    },
  ],
});

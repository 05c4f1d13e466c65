// Credentials passed as command-line options: `docker login -u x -p secret`, and short flags in argument arrays
// (`"args": ["server", "-k", "<key>"]` in MCP configs, `["--api-key", "<key>"]` in exec calls).

import { charClasses, shannonEntropy } from '../entropy';
import type { SecretDetector } from '../types';
import { isRealPassword } from './http';

export const CLI_DETECTORS: readonly SecretDetector[] = [
  {
    id: 'cli-password',
    description: 'Password passed on a command line (-u user -p password)',
    keywords: ['-u ', '--username'],
    pattern:
      /(?<![\w-])(?:-u|--username)(?:[ \t]+|=)["']?(?<user>[^\s'"$]{1,128})["']?[ \t]+(?:-p|--password)(?:[ \t]+|=)["']?(?<secret>[^\s'"$<>]{4,256})/dg,
    rank: 2,
    validate: (secret, match) => isRealPassword(secret, match.groups?.user ?? ''),
  },
  {
    id: 'cli-flag-key',
    description: 'Key passed as a short command-line flag in an argument list',
    // `"-k", "<key>"` / `'-t', '<token>'`: the flag and its value as two quoted elements of one array.
    keywords: ['"-k"', '\'-k\'', '"-t"', '\'-t\'', '"-a"', '\'-a\''],
    pattern: /(?<q>["'])-[kta]\k<q>[ \t]*,[ \t]*(?<q2>["'])(?<secret>[\w.~+/=-]{16,512})\k<q2>/dg,
    rank: 2,
    minEntropy: 3.5,
    // A random token: letters and digits (a path, a host or a tag reads as words).
    validate: (secret) => {
      const classes = charClasses(secret);
      return (classes.lower || classes.upper) && classes.digit && shannonEntropy(secret) >= 3.5 && !/[/.]/.test(secret);
    },
  },
];

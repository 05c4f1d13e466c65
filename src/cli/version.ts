// The CLI's version and home page, from package.json (bundled at build time).

import manifest from '../../package.json';

export const VERSION: string = manifest.version;
export const HOMEPAGE = 'https://github.com/secure-actions/secure-actions#readme';

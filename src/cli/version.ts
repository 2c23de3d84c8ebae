import pkg from '../../package.json' with { type: 'json' };

/** The version of package.json (inlined by the bundler, so nothing is read at run time). */
export const VERSION: string = pkg.version;

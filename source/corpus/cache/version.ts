/**
The parser's version as a shelf records it: the hash of the parse worker's bundle, which holds the parser and
what a load keeps of a report, put here by the build (scripts/build.mjs). Any change to that code is a new
version, and every shelf written before it is ignored; no number to remember to bump. Run from source (the
tests), there is no bundle: every such run counts as one version.
*/
declare const ROL_DASH_PARSER_VERSION: string | undefined;

export const parserVersion: string = typeof ROL_DASH_PARSER_VERSION === 'string' ? ROL_DASH_PARSER_VERSION : 'source';

/**
The command line checked before anything is read: an option nobody defined, or one left without its value,
is a usage error naming the nearest real option, never a silent run over everything (a typo in a script
would otherwise print the whole corpus and exit 0).
*/
import {nearest} from './nearest.js';

export type OptionKind = 'boolean' | 'string' | 'number';

/** The options rol-dash takes, by long name (kebab-case), with their kind; short aliases map to long names. */
export type OptionSpec = {
	readonly long: ReadonlyMap<string, OptionKind>;
	readonly short: ReadonlyMap<string, string>;
	/** Options that are not booleans yet take a --no- form (--no-review: read no review file). */
	readonly negatable?: ReadonlySet<string>;
};

export type ArgvCheck = {readonly error: string} | {readonly error: null};

const kebab = (name: string) => name.replace(/[A-Z]/g, letter => `-${letter.toLowerCase()}`);

/** The spec from meow's flag definitions (camelCase names, each with a type), plus --help and --version. */
export function specOf(flags: Readonly<Record<string, {readonly type: OptionKind}>>, short: Readonly<Record<string, string>> = {}, negatable: readonly string[] = []): OptionSpec {
	const long = new Map<string, OptionKind>(Object.entries(flags).map(([name, flag]) => [kebab(name), flag.type]));
	long.set('help', 'boolean');
	long.set('version', 'boolean');
	return {long, short: new Map(Object.entries(short)), negatable: new Set(negatable.map(kebab))};
}

function unknown(option: string, spec: OptionSpec): string {
	const [guess] = nearest(option, [...spec.long.keys()].map(name => `--${name}`), 1);
	return `unknown option ${option}${guess === undefined ? '' : `; did you mean ${guess}?`} (rol-dash --help lists them)`;
}

/** Every option known and every value given: the first problem as one line, or none. */
export function checkArgv(argv: readonly string[], spec: OptionSpec): ArgvCheck {
	for (let index = 0; index < argv.length; index++) {
		const token = argv[index]!;
		if (token === '--') {
			// Everything after -- is a path, even one that starts with a dash.
			break;
		}

		if (token === '-' || !token.startsWith('-')) {
			continue;
		}

		if (!token.startsWith('--')) {
			const long = spec.short.get(token.slice(1));
			if (long === undefined) {
				return {error: unknown(token, spec)};
			}

			continue;
		}

		const equals = token.indexOf('=');
		const name = token.slice(2, equals === -1 ? undefined : equals);
		const negated = name.startsWith('no-') ? name.slice(3) : null;
		const kind = spec.long.get(name) ?? (negated !== null && (spec.long.get(negated) === 'boolean' || spec.negatable?.has(negated)) ? 'boolean' : undefined);
		if (kind === undefined) {
			return {error: unknown(`--${name}`, spec)};
		}

		if (kind === 'boolean') {
			continue;
		}

		const value = equals === -1 ? argv[index + 1] : token.slice(equals + 1);
		if (value === undefined || value === '' || (equals === -1 && value.startsWith('--'))) {
			return {error: `--${name} needs a value`};
		}

		if (equals === -1) {
			index++;
		}
	}

	return {error: null};
}

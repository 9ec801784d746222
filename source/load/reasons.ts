/**
Why a path was skipped, as short lowercase phrases. They are shown after the
file name (`rol-dash: a.txt: empty file`) and asserted by tests, so they are
kept in one place.
*/

export const reasons = {
	notFound: 'not found',
	permissionDenied: 'permission denied',
	brokenLink: 'broken symbolic link',
	linkLoop: 'symbolic link loop',
	notRegular: 'not a regular file',
	empty: 'empty file',
	whitespace: 'empty file (only whitespace)',
	noHtmlText: 'no text in HTML page',
	htmlTooDeep: 'HTML nested more than 10000 levels deep',
	binary: 'binary file (NUL bytes)',
	undecodable: 'not decodable as UTF-8, UTF-16 or GB18030',
	noReports: 'no report files (.txt .md .html .htm) in folder',
	stdinTwice: 'stdin given more than once',
} as const;

const kB = 1024;
const mB = 1024 * 1024;

function unitFor(bytes: number): readonly [number, string] {
	if (bytes >= mB) {
		return [mB, 'MB'];
	}

	return bytes >= kB ? [kB, 'KB'] : [1, 'bytes'];
}

function limitText(limit: number): string {
	const [unit, name] = unitFor(limit);
	const value = limit / unit;
	return `${Number.isInteger(value) ? value : value.toFixed(1)} ${name}`;
}

/** `larger than 20 MB (31.2 MB)`; sizes are in units of 1024. */
export function tooLarge(size: number, limit: number): string {
	const [unit, name] = unitFor(limit);
	const rounded = Math.round((size / unit) * 10) / 10;
	// When rounding would make the size look no larger than the limit, exact bytes say why.
	const sizeText = unit > 1 && rounded > limit / unit ? `${rounded.toFixed(1)} ${name}` : `${size} bytes`;
	return `larger than ${limitText(limit)} (${sizeText})`;
}

/** `larger than 20 MB`, for a stream that was cut off before its size was known. */
export function tooLargeStream(limit: number): string {
	return `larger than ${limitText(limit)}`;
}

/** A file-system error → a reason. Unknown errors keep their code so they can be looked up. */
export function reasonForError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | null)?.code;
	switch (code) {
		case 'ENOENT':
		case 'ENOTDIR': {
			return reasons.notFound;
		}

		case 'EACCES':
		case 'EPERM': {
			return reasons.permissionDenied;
		}

		case 'ELOOP': {
			return reasons.linkLoop;
		}

		case 'EISDIR': {
			return reasons.notRegular;
		}

		default: {
			const detail = code ?? (error instanceof Error ? error.message : String(error));
			return `cannot read (${detail})`;
		}
	}
}

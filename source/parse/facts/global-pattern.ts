/** A rule pattern's global twin, made once: matchAll or a fresh RegExp per call copied it every time. */
const globals = new WeakMap<RegExp, RegExp>();

export function globalOf(pattern: RegExp): RegExp {
	let global = globals.get(pattern);
	if (!global) {
		global = new RegExp(pattern.source, 'gu');
		globals.set(pattern, global);
	}

	return global;
}

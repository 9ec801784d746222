/**
Where parsed reports are cached: $XDG_CACHE_HOME/rol-dash when it is set (on any
system: it is how a user or a test moves every cache at once), else the platform's
cache folder. Pure: the shell passes the environment in.
*/
import {isAbsolute, join} from 'node:path';

export type Place = {
	readonly env: Readonly<Record<string, string | undefined>>;
	readonly platform: NodeJS.Platform;
	readonly home: string;
};

/** The folder rol-dash may fill and a user may delete whole (`rol-dash --clear-cache` does). */
export function cacheFolder({env, platform, home}: Place): string {
	const xdg = env['XDG_CACHE_HOME'];
	// The XDG spec: a relative path is invalid and is ignored.
	if (xdg && isAbsolute(xdg)) {
		return join(xdg, 'rol-dash');
	}

	if (platform === 'darwin') {
		return join(home, 'Library', 'Caches', 'rol-dash');
	}

	if (platform === 'win32') {
		return join(env['LOCALAPPDATA'] ?? join(home, 'AppData', 'Local'), 'rol-dash', 'Cache');
	}

	return join(home, '.cache', 'rol-dash');
}

/**
What every text snapshot shares: the view in the theme, the legend under it, rendered
by Ink at exactly the width given so no line is wrapped.
*/
import type {ReactNode} from 'react';
import {Box, renderToString} from 'ink';
import type {Lang} from '../model/index.js';
import {Legend} from '../views/Legend.js';
import {ThemeContext, type Theme} from '../views/theme.js';

export function printable(view: ReactNode, {lang, theme, width}: {readonly lang: Lang; readonly theme: Theme; readonly width: number}): string {
	const output = renderToString(
		<ThemeContext.Provider value={theme}>
			<Box flexDirection="column">
				{view}
				<Box marginTop={1}>
					<Legend lang={lang}/>
				</Box>
			</Box>
		</ThemeContext.Provider>,
		{columns: width},
	);
	return output + '\n';
}

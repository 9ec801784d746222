/** Lines of styled spans, one Ink Text each; a line never wraps, it is cut. */
import {Fragment} from 'react';
import {Box, Text} from 'ink';
import type {Line} from './line.js';
import {spanStyle} from './theme.js';
import {useTheme} from './theme-context.js';

export type LinesProps = {
	readonly lines: readonly Line[];
	/** Pad with empty lines to this many, so the regions below stay put. */
	readonly height?: number;
};

export function Lines({lines, height}: LinesProps) {
	const theme = useTheme();
	const blank = Math.max(0, (height ?? 0) - lines.length);
	return (
		<Box flexDirection="column">
			{lines.map((line, index) => (
				// Lines are positions on screen: the index is their identity.
				<Text key={index} wrap="truncate-end">
					{line.length === 0 ? ' ' : line.map((span, at) => (
						<Fragment key={at}>{span.tone === undefined && span.cursor === undefined ? span.text : <Text {...spanStyle(theme, span.tone, span.cursor)}>{span.text}</Text>}</Fragment>
					))}
				</Text>
			))}
			{Array.from({length: blank}, (_, index) => <Text key={`blank-${index}`}> </Text>)}
		</Box>
	);
}

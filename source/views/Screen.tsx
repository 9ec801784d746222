/**
The dashboard's screen, from a frame: header, the view's body, the detail pane and
the status line, or an overlay in place of body and pane. Everything arrives as
props; nothing here reads the terminal.
*/
import {Box, Text} from 'ink';
import type {Line} from './line.js';
import {Lines} from './Lines.js';
import {Table} from './Table.js';
import type {TableFrame} from './table-window.js';
import type {IndicatorFrame} from './indicator-frame.js';

export type ScreenBody =
	| {readonly kind: 'table'; readonly table: TableFrame}
	| {readonly kind: 'indicator'; readonly chart: IndicatorFrame}
	| {readonly kind: 'lines'; readonly lines: readonly Line[]}
	| {readonly kind: 'empty'};

export type ScreenProps = {
	readonly header: Line;
	readonly body: ScreenBody;
	/** Body lines; the body is padded to this so the pane below never moves. */
	readonly height: number;
	readonly pane: readonly Line[];
	readonly status: Line;
	readonly width: number;
};

export function Body({body, height, width}: {readonly body: ScreenBody; readonly height: number; readonly width?: number}) {
	switch (body.kind) {
		case 'table': {
			const {table} = body;
			// Header and rule above the rows.
			const blank = Math.max(0, height - table.rows.length - 2);
			return (
				<Box flexDirection="column">
					<Table columns={table.columns} rows={table.rows} widths={table.widths} cursor={table.cursor} cursorRow={table.cursorLine ?? null} textWidth={width}/>
					{Array.from({length: blank}, (_, index) => <Text key={index}> </Text>)}
				</Box>
			);
		}

		case 'indicator': {
			const {chart} = body;
			return <Lines lines={[chart.title, ...chart.bars, ...chart.charts].slice(0, height)} height={height}/>;
		}

		case 'lines': {
			return <Lines lines={body.lines.slice(0, height)} height={height}/>;
		}

		case 'empty': {
			return <Lines lines={[]} height={height}/>;
		}
	}
}

export function Screen({header, body, height, pane, status, width}: ScreenProps) {
	return (
		<Box flexDirection="column">
			<Lines lines={[header]}/>
			<Body body={body} height={height} width={width}/>
			<Lines lines={pane}/>
			<Lines lines={[status]}/>
		</Box>
	);
}

/** The terminal's size, following resizes; a fixed size when given (tests, benchmarks). */
import {useEffect, useState} from 'react';
import {useStdout} from 'ink';
import type {Size} from '../screen/layout.js';

const fallback: Size = {columns: 80, rows: 24};

export function useSize(fixed?: Size): Size {
	const {stdout} = useStdout();
	const read = (): Size => ({columns: stdout.columns || fallback.columns, rows: stdout.rows || fallback.rows});
	const [size, setSize] = useState<Size>(fixed ?? read());
	useEffect(() => {
		if (fixed !== undefined) {
			return;
		}

		const resized = () => setSize(read());
		stdout.on('resize', resized);
		return () => {
			stdout.off('resize', resized);
		};
	}, [stdout, fixed]);
	return fixed ?? size;
}

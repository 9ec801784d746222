/**
One file's fate, the same whether it was settled in this thread or in a worker:
what is kept of its report, or a skip from reading (load) or from parsing (parse).
The stage keeps `errors` in the order users have always seen: read failures first.
*/
import type {LoadError} from '../load/document.js';

export type Outcome<R> =
	| {readonly report: R}
	| {readonly skipped: LoadError; readonly stage: 'load' | 'parse'};

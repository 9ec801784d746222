import {describe, expect, it} from 'vitest';
import {messageLines} from '../../source/corpus/messages.js';
import {oneLine} from '../../source/text/one-line.js';

describe('a name in a message', () => {
	it('writes control characters as escapes, and leaves the rest as it is', () => {
		expect(oneLine('朝阳区\n2023\t报告\r.txt')).toBe('朝阳区\\n2023\\t报告\\r.txt');
		expect(oneLine('a\u001B[2Jb\u0007\u009B\u202Ec')).toBe('a\\x1b[2Jb\\x07\\x9b\\u202ec');
		expect(oneLine('seeds/000_9fca992f16ce8107.txt')).toBe('seeds/000_9fca992f16ce8107.txt');
	});

	it('cannot forge a line of the load\'s messages', () => {
		const file = 'x.txt\nrol-dash: note: nothing went wrong';
		const lines = messageLines({errors: [{file, reason: 'empty file'}], notes: [{file, message: `same district and year as ${file}, which is shown`, kind: 'duplicate'}]});
		expect(lines).toHaveLength(2);
		expect(lines.join('\n').split('\n')).toHaveLength(2);
	});
});

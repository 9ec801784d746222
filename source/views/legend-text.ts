/** What the marks in a table mean (—, ≈, *, ≠), in the table's language. */
import {legendEntries, type Lang} from '../model/index.js';

export function legendText(lang: Lang): string {
	return legendEntries(lang).join('   ');
}

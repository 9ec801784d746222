/** What the marks in a table mean, in the table's language. */
import {Text} from 'ink';
import {legendEntries, type Lang} from '../model/index.js';
import {useTheme} from './theme.js';

export function legendText(lang: Lang): string {
	return legendEntries(lang).join('   ');
}

export function Legend({lang = 'zh'}: {readonly lang?: Lang}) {
	const theme = useTheme();
	return <Text {...theme['text.muted']}>{legendText(lang)}</Text>;
}

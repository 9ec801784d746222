/**
Whether the pinyin dictionary is loaded. Loading it takes a seventh of a second, which
the first frame does not wait for: it starts once the dashboard is on screen, and a
filter typed before it is ready matches Chinese and English, then pinyin too.
*/
import {useEffect, useState} from 'react';
import {loadPinyin, pinyinLoaded} from '../model/search.js';

export function usePinyin(): boolean {
	const [ready, setReady] = useState(pinyinLoaded);
	useEffect(() => {
		if (ready) {
			return;
		}

		let mounted = true;
		void loadPinyin().then(() => {
			if (mounted) {
				setReady(true);
			}
		});
		return () => {
			mounted = false;
		};
	}, [ready]);
	return ready;
}

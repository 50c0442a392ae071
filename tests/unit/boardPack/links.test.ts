import { describe, expect, it } from 'vitest';
import { packLinks } from '../../../src/lib/boardPack/links';
import { parseQuery } from '../../../src/lib/state/params';
import { boardPackSpec } from '../../../src/lib/state/views/boardPack';

describe('board pack links from a comparison', () => {
	it('gives each report service a pack with the other chosen authorities as peers, in canonical order', () => {
		const links = packLinks([
			{ serviceId: 'suffolk', name: 'Suffolk', laNumbers: [935] },
			{ serviceId: null, name: 'Thurrock (LA)', laNumbers: [883] },
			{ serviceId: null, name: 'Northamptonshire (national 2023)', laNumbers: [940, 941] },
			{ serviceId: 'thurrock', name: 'Thurrock', laNumbers: [883] }
		]);
		expect(links.map((l) => l.path)).toEqual([
			'/services/suffolk/board-pack?peers=la:883,la:940,la:941',
			// Thurrock's own authority is never its own peer.
			'/services/thurrock/board-pack?peers=la:935,la:940,la:941'
		]);
	});

	it('writes links the board pack reads back without a notice', () => {
		const [link] = packLinks([
			{ serviceId: 'suffolk', name: 'Suffolk', laNumbers: [935] },
			{ serviceId: null, name: 'Essex', laNumbers: [881] }
		]);
		const query = link.path.split('?')[1];
		expect(parseQuery(query, boardPackSpec({ authorityIds: ['la:881', 'la:883', 'la:935'] }))).toEqual({ chosen: { peers: ['la:881'] }, notices: [] });
	});

	it('leaves the neighbours in place (no parameter) when nothing else is chosen, and keeps at most ten peers', () => {
		expect(packLinks([{ serviceId: 'suffolk', name: 'Suffolk', laNumbers: [935] }])[0].path).toBe('/services/suffolk/board-pack');
		const many = Array.from({ length: 12 }, (_, i) => ({ serviceId: null, name: `LA ${i}`, laNumbers: [800 + i] }));
		expect(packLinks([{ serviceId: 'suffolk', name: 'Suffolk', laNumbers: [935] }, ...many])[0].peerCount).toBe(10);
	});
});

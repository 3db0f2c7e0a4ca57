import { linkQuery } from '../../nodes/transport/path';

/** The query of ClickSend's next-page links, read from the link's text (cursor and link pages). */
describe('linkQuery', () => {
	it('keeps an offset with a # and the rest of the query', () => {
		expect(
			linkQuery('https://rest.clicksend.com/v3/own-numbers?offset=A%231#B&page_size=10'),
		).toEqual({ offset: 'A#1#B', page_size: '10' });
	});

	it('keeps an = inside a value (base64 cursors)', () => {
		expect(linkQuery('/senders/default-senders?offset=eyJpZCI6MX0=&per_page=500')).toEqual({
			offset: 'eyJpZCI6MX0=',
			per_page: '500',
		});
	});

	it('keeps a value that is not valid percent-encoding as written', () => {
		expect(linkQuery('/x?offset=50%&direction=next')).toEqual({
			offset: '50%',
			direction: 'next',
		});
	});

	it.each([
		[undefined],
		[null],
		[''],
		['https://rest.clicksend.com/v3/own-numbers'],
		['/x?'],
		[42],
	])('%p has no query', (link) => {
		expect(linkQuery(link)).toBeUndefined();
	});
});

import { ClickSendStandIn } from './stand-in';

/**
 * Starts a ClickSend stand-in for the test file, and after every test checks that no request
 * broke the OpenAPI contract and resets it: `const api = useStandIn();`, then `api.standIn`
 * inside tests.
 */
export function useStandIn(): { readonly standIn: ClickSendStandIn } {
	let current: ClickSendStandIn | undefined;
	beforeAll(async () => {
		current = await ClickSendStandIn.start();
	});
	afterAll(async () => current?.close());
	afterEach(() => {
		current?.expectNoContractViolations();
		current?.reset();
	});
	return {
		get standIn(): ClickSendStandIn {
			if (!current) throw new Error('The stand-in starts in beforeAll: use it inside tests only');
			return current;
		},
	};
}

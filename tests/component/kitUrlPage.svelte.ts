/** A stand-in for `$app/state`'s `page` in kitUrl's test: only its URL, reactive as the router's is. */
class RouterPage {
	url = $state(new URL('http://localhost/'));
}
export const routerPage = new RouterPage();

/**
 * What both explorers say about the path a REST API's private integration sends to the backend.
 * AWS's REST private-integration page says the stage name stays in that path; AWS's page on HTTP
 * integrations for REST APIs builds it from the integration uri's template, with `{proxy}` filled
 * from the `{proxy+}` path parameter. Neither is shown as certain: the explorers show what the guide's
 * samples (whose unit tests assert the `/{proxy}` template and the mapping) ask for, and how to check.
 */

/**
 * The path a REST backend is asked for, for a client call to /prod/orders, with the samples'
 * `/{proxy}` template. A bare path, because the step panel turns it into a request line; the
 * doubt about it travels beside it, in REST_PATH_CAVEAT.
 */
export const REST_BACKEND_PATH = '/orders';

/** The doubt about REST_BACKEND_PATH in a few words, for the packet's note. */
export const REST_PATH_CAVEAT = 'Depends on your uri template (here the samples’ /{proxy}). AWS’s page says the stage is kept: check your logs.';

/** How a REST integration's uri template decides the backend path, and how to check it, for the hop's detail. */
export const REST_PATH_NOTE =
	'The backend path comes from the uri’s path template. With a uri ending in /{proxy} and integration.request.path.proxy mapped from method.request.path.proxy, as in the guide’s samples, {proxy} is filled with the matched path, here orders. AWS’s REST private-integration page says the stage name is kept in the backend path, so read what actually arrives in your backend’s access log, or in the “Endpoint request URI” line of the stage’s execution log.';

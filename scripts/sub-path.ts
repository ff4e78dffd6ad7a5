/** The sub-path build the tests serve and crawl: where it lives and how it is built. */
export const SUB_PATH = '/docs/api-gateway-guide/';
export const SUB_PATH_PORT = 4323;
export const SUB_PATH_ORIGIN = `http://127.0.0.1:${SUB_PATH_PORT}`;
export const SUB_PATH_DIST = 'dist-sub-path';

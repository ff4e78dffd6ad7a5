import { lazyModule } from '../explorer/lazy-module.ts';

/**
 * The module that works out the view of any choice (setup-view.ts): loaded in the browser when the
 * reader is about to change the choice, imported at once on the server so that pages render whole.
 */
export const viewModule = lazyModule(() => import('./setup-view.ts'), import.meta.env.SSR ? await import('./setup-view.ts') : undefined);

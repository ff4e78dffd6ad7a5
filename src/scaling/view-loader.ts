import { lazyModule } from '../explorer/lazy-module.ts';

/**
 * The module that works out the view of any plan (plan-view.ts): loaded in the browser when the
 * reader is about to change the plan, imported at once on the server so that pages render whole.
 */
export const viewModule = lazyModule(() => import('./plan-view.ts'), import.meta.env.SSR ? await import('./plan-view.ts') : undefined);

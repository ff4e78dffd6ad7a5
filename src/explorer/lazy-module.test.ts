import { describe, expect, test, vi } from 'vitest';
import { lazyModule } from './lazy-module.ts';

describe('lazyModule', () => {
	test('imports once, however often it is asked, and then has the module at hand', async () => {
		const importer = vi.fn(async () => ({ answer: 42 }));
		const module = lazyModule(importer);
		expect(module.current()).toBeUndefined();
		const [first, second] = await Promise.all([module.load(), module.load()]);
		expect(first).toBe(second);
		expect(module.current()).toEqual({ answer: 42 });
		await module.load();
		expect(importer).toHaveBeenCalledTimes(1);
	});

	test('a failed import is reported and tried again on the next call', async () => {
		const importer = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module')).mockResolvedValueOnce({ answer: 42 });
		const module = lazyModule(importer);
		await expect(module.load()).rejects.toThrow('Failed to fetch');
		expect(module.current()).toBeUndefined();
		await expect(module.load()).resolves.toEqual({ answer: 42 });
	});

	test('a module already imported (on the server) is there from the start', () => {
		const importer = vi.fn();
		expect(lazyModule(importer, { answer: 42 }).current()).toEqual({ answer: 42 });
		expect(importer).not.toHaveBeenCalled();
	});
});

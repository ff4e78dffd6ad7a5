/**
 * Every setup a reader can reach from `config` with one click: each choice changed to each of its
 * other values, with the field that changed. An explorer works their views out ahead (view-cache.ts).
 */
export function oneChangeAway<C extends Record<string, string>>(choices: { readonly [F in keyof C]: readonly C[F][] }, config: C): Array<{ field: keyof C; config: C }> {
	return (Object.keys(choices) as Array<keyof C>).flatMap((field) =>
		choices[field].filter((value) => value !== config[field]).map((value) => ({ field, config: { ...config, [field]: value } })),
	);
}

import type { Messages } from './en';

/**
 * The shape every locale's catalogue has: English's keys, each value any string. English is the
 * source of the keys (its catalogue is `as const`, so its own type holds the literal strings).
 */
export type Catalogue<T> = { readonly [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };

/** A whole catalogue: `export const ru = { … } satisfies LocaleMessages;`. */
export type LocaleMessages = Catalogue<Messages>;

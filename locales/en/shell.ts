/** English strings for the shell feature. Every user-facing string lives in locales/<locale>/. */
export const shell = {} as const;

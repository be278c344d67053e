/** English strings for the data feature. Every user-facing string lives in locales/<locale>/. */
export const data = {} as const;

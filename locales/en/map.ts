/** English strings for the map feature. Every user-facing string lives in locales/<locale>/. */
export const map = {} as const;

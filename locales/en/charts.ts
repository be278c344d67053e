/** English strings for the charts feature. Every user-facing string lives in locales/<locale>/. */
export const charts = {} as const;

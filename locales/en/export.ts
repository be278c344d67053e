/** English strings for the export feature. Every user-facing string lives in locales/<locale>/. */
export const exportStrings = {} as const;

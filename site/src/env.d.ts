/// <reference types="astro/client" />

/** The repository's content/ folder, set in astro.config.ts (build time only). */
declare const __DEBTGUIDE_CONTENT_DIR__: string;

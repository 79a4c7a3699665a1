/** Build settings read through `import.meta.env` (see wxt.config.ts). */
interface ImportMetaEnv {
  /** Where the guide links point; default http://127.0.0.1:4321. */
  readonly WXT_SITE_URL?: string;
}

/** A stylesheet as text (Vite's `?inline`), for the panel's shadow root. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}

import { defineWebExtConfig } from 'wxt';

// `wxt dev` would launch a browser, which crashes as root without a display: load .output/* by hand instead.
export default defineWebExtConfig({ disabled: true });

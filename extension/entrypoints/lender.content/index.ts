import { defineContentScript } from 'wxt/utils/define-content-script';
import { lenderMatches } from '../../utils/generated/lender-matches.ts';
import { runPanel } from '../../utils/panel-runner.ts';

/**
 * The panel on lender pages. Runs only on the lender domains of the shared registry (the matches are
 * generated from `lenderMatchPatterns()`), with the host access the extension has there from install.
 */
export default defineContentScript({
  matches: lenderMatches,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    return runPanel(ctx);
  },
});

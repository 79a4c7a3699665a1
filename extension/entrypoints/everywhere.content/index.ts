import { defineContentScript } from 'wxt/utils/define-content-script';
import { pageMentionsLoans } from '../../utils/page-precheck.ts';
import { runPanel } from '../../utils/panel-runner.ts';

/**
 * The panel on every other site, for users who opted in ("protect me on every site"). Not in the manifest:
 * the background registers it with `scripting.registerContentScripts` while the optional all-sites host
 * permission is granted, and unregisters it when the permission is removed (utils/all-sites-access.ts).
 * On each reading a cheap vocabulary scan decides first; pages with no loan or debt words are left alone.
 */
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    return runPanel(ctx, { precheck: () => pageMentionsLoans(document) });
  },
});

/**
 * The messages between the content script and the background. The content script sends the page's HTML;
 * the background classifies it (off the page's main thread), sets the tab's badge and answers with the report.
 */
import type { Lang } from './bundled-texts.ts';
import type { PageReport } from './page-report.ts';

export type AnalyseRequest = { type: 'debtguide:analyse'; url: string; html: string; lang: Lang };
export type ClearBadgeRequest = { type: 'debtguide:clear-badge' };
export type ExtensionRequest = AnalyseRequest | ClearBadgeRequest;

export type AnalyseResponse = { report: PageReport | null };

/** Pages longer than this (HTML characters) are not sent at all: the panel stays silent on them. */
export const MAX_HTML_CHARS = 20_000_000;

export function isExtensionRequest(message: unknown): message is ExtensionRequest {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  if (m.type === 'debtguide:clear-badge') return true;
  return m.type === 'debtguide:analyse' && typeof m.url === 'string' && typeof m.html === 'string' && typeof m.lang === 'string';
}

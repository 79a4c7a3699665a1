/**
 * What a Chromium test sees of a page over the DevTools protocol, beyond what the page's own scripts could
 * hide: uncaught exceptions and logged errors in every execution context (the page's and the extension's
 * content script's isolated world), and the panel read from a fresh isolated world (tests/read-panel.ts).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { pollUntil } from './extension-harness.ts';
import { type PanelReading, readPanelExpression } from './read-panel.ts';

export type PageWatch = {
  /** Uncaught exceptions and console errors so far, each with the context it came from. */
  errors(): string[];
  /** The panel, read where the page's replaced built-ins cannot reach. */
  readPanel(): Promise<PanelReading>;
  /** Waits until the content script has read the page `times` times (its performance mark); false after `timeout` ms. */
  waitForReadings(times?: number, timeout?: number): Promise<boolean>;
  /** How many times the content script has read the page. */
  readings(): Promise<number>;
  /** Evaluates `expression` in a fresh isolated world of the page (pristine built-ins, the page's DOM). */
  evaluate<T>(expression: string): Promise<T>;
  stop(): Promise<void>;
};

type ContextCreated = { context: { id: number; origin: string; name: string } };
type ExceptionThrown = { exceptionDetails: { executionContextId?: number; text: string; exception?: { description?: string } } };
type ConsoleCalled = { type: string; executionContextId: number; args: { value?: unknown; description?: string }[] };

/** Starts watching `page` (call before it navigates). */
export async function watchPage(context: BrowserContext, page: Page): Promise<PageWatch> {
  const session = await context.newCDPSession(page);
  const contexts = new Map<number, string>();
  const errors: string[] = [];
  const where = (id: number | undefined) => (id === undefined ? 'unknown context' : (contexts.get(id) ?? `context ${id}`));
  session.on('Runtime.executionContextCreated', ({ context: created }: ContextCreated) => {
    contexts.set(created.id, created.name ? `${created.origin} (${created.name})` : created.origin);
  });
  session.on('Runtime.exceptionThrown', ({ exceptionDetails: details }: ExceptionThrown) => {
    errors.push(`${where(details.executionContextId)}: ${details.exception?.description ?? details.text}`);
  });
  session.on('Runtime.consoleAPICalled', ({ type, executionContextId, args }: ConsoleCalled) => {
    if (type === 'error' || type === 'assert') errors.push(`${where(executionContextId)}: console.${type} ${args.map((arg) => arg.description ?? String(arg.value)).join(' ')}`);
  });
  await session.send('Runtime.enable');

  /** Evaluates `expression` in a new isolated world of the page's main frame (pristine built-ins). */
  const evaluate = async <T>(expression: string): Promise<T> => {
    const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = (await session.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'debtguide-test-reader' })) as { executionContextId: number };
    const { result, exceptionDetails } = (await session.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true })) as {
      result: { value: T };
      exceptionDetails?: { text: string };
    };
    if (exceptionDetails) throw new Error(`evaluating in the page failed: ${exceptionDetails.text}`);
    return result.value;
  };
  const readings = () => evaluate<number>(`performance.getEntriesByName('debtguide:analysed').length`);

  return {
    errors: () => [...errors],
    readPanel: () => evaluate<PanelReading>(readPanelExpression()),
    readings,
    evaluate,
    waitForReadings: (times = 1, timeout = 8000) => pollUntil(async () => (await readings()) >= times, timeout),
    stop: () => session.detach().catch(() => undefined),
  };
}

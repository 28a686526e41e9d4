// The content script uses the native API (promise-based in MV3 Chrome and in Firefox) rather
// than webextension-polyfill, which would add about 3 KB gzipped to every page.
import { browser } from '@wxt-dev/browser';
import { parseAck } from './parse';
import type { CandidateStep } from '../schema/step';

const RETRIES = 3;

/**
 * Sends a candidate step to the background and waits for its acknowledgement. If the
 * service worker was stopped mid-message the send is retried; the step's id makes the retry
 * idempotent. Returns false when the step could not be delivered (counted by the caller).
 */
export async function sendStep(step: CandidateStep, signal: AbortSignal): Promise<boolean> {
  for (let attempt = 0; attempt <= RETRIES; attempt++) {
    if (signal.aborted) return false;
    try {
      return parseAck(await browser.runtime.sendMessage({ type: 'step', step }))?.ok === true;
    } catch {
      await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
    }
  }
  return false;
}

import { browser } from 'wxt/browser';
import { handleContentMessage } from '../lib/background/content-handler';
import { handlePopupMessage } from '../lib/background/popup-handler';
import { loadPolicy } from '../lib/background/policy-source';
import { publishScope } from '../lib/background/scope-store';
import { openWaypointDb } from '../lib/outbox/db';
import { uploadOutbox } from '../lib/upload/upload';

const UPLOAD_ALARM = 'waypoint-upload';

export default defineBackground(() => {
  // Connections and promises only: every piece of state lives in IndexedDB or storage.
  const db = openWaypointDb();
  const policy = loadPolicy().then(async (p) => {
    await publishScope(p);
    await browser.alarms.create(UPLOAD_ALARM, { periodInMinutes: p.uploadIntervalMinutes });
    return p;
  });
  // Messages are handled one at a time in arrival order, so seq follows the order of events.
  let queue: Promise<unknown> = Promise.resolve();
  const inOrder = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.then(fn, fn);
    queue = next.catch(() => undefined);
    return next;
  };
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const fromExtensionPage = sender.url !== undefined && new URL(sender.url).origin === extensionOrigin;
    if (fromExtensionPage) return inOrder(async () => handlePopupMessage(await db, await policy, raw));
    if (!sender.tab) return undefined;
    const info = { tabId: sender.tab.id, incognito: sender.tab.incognito };
    return inOrder(async () => handleContentMessage(await db, await policy, raw, info));
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== UPLOAD_ALARM) return;
    void (async () => uploadOutbox(await db, (await policy).collectorUrl))();
  });
});

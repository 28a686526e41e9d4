import { browser } from 'wxt/browser';
import { render } from '../../lib/popup/render';
import { type PopupMessage, StatusSchema, UploadResultSchema } from '../../lib/schema';

async function currentOrigin(): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  try {
    const url = tab?.url ? new URL(tab.url) : null;
    return url && url.protocol.startsWith('http') ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

const send = (msg: PopupMessage) => browser.runtime.sendMessage(msg);

async function refresh(): Promise<void> {
  const reply = StatusSchema.safeParse(await send({ type: 'status/get', origin: await currentOrigin() }));
  if (reply.success) render(document, reply.data, Date.now());
  else document.getElementById('state')!.textContent = 'Waypoint is not responding';
}

document.getElementById('pause30')!.addEventListener('click', () => void send({ type: 'pause', minutes: 30 }).then(refresh));
document.getElementById('pause60')!.addEventListener('click', () => void send({ type: 'pause', minutes: 60 }).then(refresh));
document.getElementById('resume')!.addEventListener('click', () => void send({ type: 'resume' }).then(refresh));
document.getElementById('upload')!.addEventListener('click', () => {
  const out = document.getElementById('upload-result')!;
  out.textContent = 'Uploading…';
  void send({ type: 'upload/now' }).then((r) => {
    const res = UploadResultSchema.safeParse(r);
    out.textContent = res.success ? res.data.detail : 'Upload failed';
    return refresh();
  });
});
void refresh();

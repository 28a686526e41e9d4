import type { Status } from '../schema';

function text(doc: Document, id: string, value: string): void {
  const el = doc.getElementById(id);
  if (el) el.textContent = value;
}

export function describeState(s: Status, now: number): string {
  if (s.pausedUntil === -1) return 'Paused until you resume';
  if (s.pausedUntil !== null) return `Paused for ${Math.max(1, Math.ceil((s.pausedUntil - now) / 60_000))} more min`;
  return s.recording ? 'Recording is on' : 'Recording is off';
}

export function describeSite(s: Status): string {
  if (!s.origin) return 'Open a page to see whether it is recorded.';
  if (s.originAllowed) return `${s.origin} is recorded${s.recording ? '' : ' (paused)'}.`;
  return `${s.origin} is not recorded.`;
}

/** Fills the popup from a status reply. */
export function render(doc: Document, s: Status, now: number): void {
  const state = doc.getElementById('state');
  if (state) {
    state.textContent = describeState(s, now);
    state.className = s.recording ? 'on' : 'off';
  }
  text(doc, 'site', describeSite(s));
  text(doc, 'origins', s.allowedOrigins.join(', ') || 'none');
  text(doc, 'pending', String(s.pending));
  text(doc, 'uploaded', String(s.uploaded));
  const paused = s.pausedUntil !== null;
  (doc.getElementById('resume') as HTMLButtonElement | null)?.toggleAttribute('disabled', !paused);
  (doc.getElementById('pause30') as HTMLButtonElement | null)?.toggleAttribute('disabled', paused);
  (doc.getElementById('pause60') as HTMLButtonElement | null)?.toggleAttribute('disabled', paused);
  const dl = doc.getElementById('diagnostics');
  if (dl) {
    dl.replaceChildren();
    const rows: [string, string][] = [
      ['Collector', s.collectorUrl],
      ['Last upload', s.lastUpload ? `${new Date(s.lastUpload.t).toLocaleTimeString()} — ${s.lastUpload.detail}` : 'never'],
      ...Object.entries(s.dropped).map(([k, n]): [string, string] => [`Dropped (${k})`, String(n)]),
    ];
    for (const [k, v] of rows) {
      const dt = doc.createElement('dt');
      dt.textContent = k;
      const dd = doc.createElement('dd');
      dd.textContent = v;
      dl.append(dt, dd);
    }
  }
}

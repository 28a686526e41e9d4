import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Step } from '../schema';

export interface DeviceMeta {
  deviceId: string;
  /** the seq the next stored step gets; strictly increasing, never reused */
  nextSeq: number;
  /** steps the collector acknowledged, in all */
  uploaded: number;
  /** reason → count of steps dropped instead of stored */
  dropped: Record<string, number>;
  lastUpload: { t: number; ok: boolean; detail: string } | null;
  /** epoch ms until which an upload holds the outbox; two uploads never run at once */
  uploadLeaseUntil: number;
}

export interface SessionRow {
  tabId: number;
  sessionId: string;
  origin: string;
  lastT: number;
}

export interface WaypointDB extends DBSchema {
  steps: { key: number; value: Step; indexes: { byId: string } };
  meta: { key: 'device'; value: DeviceMeta };
  sessions: { key: number; value: SessionRow };
  /** batches the collector refused with a non-retryable 4xx: kept and counted, never silently dropped */
  quarantine: { key: number; value: Step };
}

export type WaypointDb = IDBPDatabase<WaypointDB>;

export const DB_NAME = 'waypoint';

export function openWaypointDb(name: string = DB_NAME): Promise<WaypointDb> {
  return openDB<WaypointDB>(name, 1, {
    upgrade(db) {
      const steps = db.createObjectStore('steps', { keyPath: 'seq' });
      steps.createIndex('byId', 'id', { unique: true });
      db.createObjectStore('meta');
      db.createObjectStore('sessions', { keyPath: 'tabId' });
      db.createObjectStore('quarantine', { keyPath: 'seq' });
    },
  });
}

export function freshMeta(deviceId: string): DeviceMeta {
  return { deviceId, nextSeq: 1, uploaded: 0, dropped: {}, lastUpload: null, uploadLeaseUntil: 0 };
}

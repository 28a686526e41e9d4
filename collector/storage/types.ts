/** Where sealed batches live. The embedded default is the local filesystem; see fs.ts. */
export interface StoredBatchInfo {
  key: string;
  deviceId: string;
  firstSeq: number;
  lastSeq: number;
  bytes: number;
  receivedAt: number;
}

export interface BatchStore {
  /** Stores the body under its idempotency key; the same key twice is stored once. */
  put(info: Omit<StoredBatchInfo, 'bytes' | 'receivedAt'>, body: Uint8Array): Promise<'stored' | 'duplicate'>;
  list(): Promise<StoredBatchInfo[]>;
  get(key: string): Promise<Uint8Array>;
  /** true when the store can take a write right now */
  healthy(): Promise<boolean>;
}

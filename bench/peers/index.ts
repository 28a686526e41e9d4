import { openredaction } from './openredaction';
import { redactPii } from './redact-pii';
import { redactpiiNode } from './redactpii-node';
import type { PeerAdapter } from './types';

export const PEERS: readonly PeerAdapter[] = [redactPii, redactpiiNode, openredaction];
export type { Engine, PeerAdapter } from './types';

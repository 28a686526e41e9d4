import type { Scan } from './scan';

/**
 * Shared types of the text redactor: what a detector reports and which placeholder it maps to.
 */

/** The typed placeholder a detection is replaced with (`[EMAIL]`, `[CUSTOM:<id>]` …). */
export type EntityType =
  | 'EMAIL'
  | 'PHONE'
  | 'CARD'
  | 'IBAN'
  | 'SSN'
  | 'IP'
  | 'DOB'
  | 'ADDRESS'
  | 'SECRET'
  | 'PERSON'
  | 'CUSTOM';

/**
 * One detection, in the coordinates of the text the detector was given.
 * `rule` is the id reported in `rules` (`email`, `secret.jwt`, `custom.<id>` …);
 * `priority` decides which detection names an overlapping group (higher wins).
 */
export interface Span {
  start: number;
  end: number;
  type: EntityType;
  rule: string;
  priority: number;
  /** for CUSTOM: the pattern id shown in the placeholder */
  customId?: string;
}

/** A detector appends the spans it finds in the scanned text to `out`. It must not throw. */
export type Detector = (scan: Scan, out: Span[]) => void;

/** Detector priorities: when detections overlap, the group is named after the highest. */
export const PRIORITY = {
  secret: 100,
  custom: 95,
  secretLabelled: 90,
  email: 80,
  card: 75,
  iban: 75,
  ssn: 70,
  ip: 65,
  phone: 60,
  dob: 55,
  address: 45,
  person: 40,
} as const;

import { type EffectivePolicy, devPolicy } from '../policy/policy';

/**
 * Where the effective policy comes from. For now: the development configuration baked in at
 * build time (WXT_WAYPOINT_* variables). The managed-policy work replaces this with
 * storage.managed, validated by the same schema.
 */
export async function loadPolicy(): Promise<EffectivePolicy> {
  return devPolicy({
    WXT_WAYPOINT_COLLECTOR_URL: import.meta.env.WXT_WAYPOINT_COLLECTOR_URL,
    WXT_WAYPOINT_ALLOWED_ORIGINS: import.meta.env.WXT_WAYPOINT_ALLOWED_ORIGINS,
  });
}

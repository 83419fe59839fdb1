import type { Db } from '../db/client.ts';
import type { KeyProvider } from './key-provider.ts';
import { countDataKeysByKek } from './maintenance.ts';

export interface VaultKeyStatus {
  activeKeyId: string;
  keys: { id: string; active: boolean; dataKeys: number }[];
  /** Data keys wrapped by a KEK this instance does not hold: their objects cannot be read. */
  unknownKeys: { id: string; dataKeys: number }[];
}

/** Which key-encryption keys exist and how many data keys each wraps. Names and counts only, no key material. */
export async function readVaultKeyStatus(
  db: Db,
  keys: Pick<KeyProvider, 'activeKeyId' | 'keyIds'>,
): Promise<VaultKeyStatus> {
  const counts = new Map((await countDataKeysByKek(db)).map((r) => [r.kekId, r.count]));
  const held = keys.keyIds();
  return {
    activeKeyId: keys.activeKeyId(),
    keys: held.map((id) => ({ id, active: id === keys.activeKeyId(), dataKeys: counts.get(id) ?? 0 })),
    unknownKeys: [...counts].filter(([id]) => !held.includes(id)).map(([id, dataKeys]) => ({ id, dataKeys })),
  };
}

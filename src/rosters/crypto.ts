import { createSecretBox } from '../auth/secret-box.ts';
import { maskName } from '../scan/mask.ts';
import type { DerivedKey, KeyProvider } from '../vault/key-provider.ts';
import type { RosterEntryKind } from './tables.ts';

/** Purpose names of the two vault-derived keys rosters use (one seals, one only MACs). */
export const ROSTER_SEAL_PURPOSE = 'roster.entry';
export const ROSTER_MATCH_PURPOSE = 'roster.match-key';

export interface EntryRef {
  teamId: string;
  entryId: string;
  kind: RosterEntryKind;
}

const utf8 = new TextEncoder();
const hex = (bytes: ArrayBuffer) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

/**
 * What two entries must share to be duplicates: case, accents and spacing do not count, as the
 * scanner's roster matching ignores them too ("José  Díaz" and "jose diaz" are one entry).
 */
export function normalizeRosterValue(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The only form of an entry ever shown: "Jason Thomas" → "J•••n T•••s"; house numbers become "#". */
export function maskRosterValue(value: string): string {
  return maskName(value.replace(/\s+/g, ' ').replace(/\d+/g, '#'));
}

/**
 * Sealing, opening and match keys for one request or job. Purpose keys are derived once per KEK
 * for the life of this object (a roster of 500 entries would otherwise cost 500 derivations), and
 * the object is dropped with the request, so nothing outlives it.
 */
export function rosterCrypto(keys: KeyProvider) {
  const derived = new Map<string, Promise<DerivedKey>>();
  const memoKeys = {
    activeKeyId: () => keys.activeKeyId(),
    deriveKey(purpose: string, keyId?: string) {
      const id = keyId ?? keys.activeKeyId();
      const memoKey = `${purpose}\0${id}`;
      let key = derived.get(memoKey);
      if (!key) {
        key = keys.deriveKey(purpose, id);
        derived.set(memoKey, key);
      }
      return key;
    },
  };
  const box = createSecretBox(memoKeys, ROSTER_SEAL_PURPOSE);
  const hmacKeys = new Map<string, Promise<CryptoKey>>();
  const hmacKey = (keyId: string) => {
    let key = hmacKeys.get(keyId);
    if (!key) {
      key = memoKeys
        .deriveKey(ROSTER_MATCH_PURPOSE, keyId)
        .then((d) =>
          crypto.subtle.importKey('raw', d.key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']),
        );
      hmacKeys.set(keyId, key);
    }
    return key;
  };
  // Team, entry and kind are associated data: a sealed value copied onto another row does not open.
  const context = (ref: EntryRef) => `roster\0${ref.teamId}\0${ref.entryId}\0${ref.kind}`;

  return {
    activeKeyId: () => keys.activeKeyId(),
    seal: (value: string, ref: EntryRef) => box.seal(utf8.encode(value), context(ref)),
    async open(sealed: string, ref: EntryRef): Promise<string> {
      return new TextDecoder('utf-8', { fatal: true }).decode(await box.open(sealed, context(ref)));
    },
    /**
     * HMAC of the normalized value, bound to the team and kind so the same name on two teams gives
     * unrelated keys (the table cannot be joined against itself to link teams' clients).
     */
    async matchKey(value: string, teamId: string, kind: RosterEntryKind, keyId = keys.activeKeyId()) {
      const data = utf8.encode(`${teamId}\0${kind}\0${normalizeRosterValue(value)}`);
      return hex(await crypto.subtle.sign('HMAC', await hmacKey(keyId), data));
    },
  };
}

export type RosterCrypto = ReturnType<typeof rosterCrypto>;

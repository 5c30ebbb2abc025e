import { decryptBlob, encryptBlob } from '../ledger/blobs/blob-cipher.ts';
import { createBlobKey } from './keyring.ts';
import { withWorkspace } from './with-workspace.ts';
import { workspacePaths } from './workspace.ts';

/**
 * Makes a new blob key current and re-encrypts every blob under it, one blob per update, so an
 * interrupted rotation leaves every blob readable (old keys are kept) and can simply be run again.
 * With EVIDENT_KEY set, that key is the target and no key file is written.
 */
export function rotateKeys(
  dir: string,
  onProgress?: (done: number) => void,
): Promise<{ key_id: string; reencrypted: number; previous: string }> {
  return withWorkspace(dir, async ({ store, keyring, programme }) => {
    const previous = keyring.current.id;
    const target = process.env.EVIDENT_KEY
      ? keyring.current
      : createBlobKey(workspacePaths(programme.dir).keys);
    const keys = new Map(keyring.all).set(target.id, target.key);
    let reencrypted = 0;
    for (let after = ''; ; ) {
      const addresses = await store.blobAddresses(after, 200);
      if (!addresses.length) break;
      for (const sha of addresses) {
        const blob = await store.getBlob(sha);
        if (!blob || blob.key_id === target.id) continue;
        const fresh = encryptBlob(decryptBlob(blob, keys), target, sha);
        await store.replaceBlobCipher(sha, target.id, fresh.nonce, fresh.ciphertext);
        reencrypted++;
        onProgress?.(reencrypted);
      }
      after = addresses.at(-1) ?? after;
    }
    return { key_id: target.id, reencrypted, previous };
  });
}

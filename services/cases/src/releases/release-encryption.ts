import { armor, Encrypter } from 'age-encryption';

/** Bech32 of an age X25519 recipient: `age1` and 58 characters. */
const AGE_X25519 = /^age1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{58}$/;

/**
 * [R21a][T7.2] age X25519 (age-encryption.org/v1), chosen over OpenPGP: one key type, no
 * key servers, no expiry or sub-key rules to check, and a recipient string a requester can
 * paste; the registry holds the public key only.
 */
export async function isAgeRecipient(key: string): Promise<boolean> {
  if (!AGE_X25519.test(key)) return false;
  try {
    const e = new Encrypter();
    e.addRecipient(key);
    await e.encrypt(new Uint8Array(0));
    return true;
  } catch {
    return false;
  }
}

/** The package encrypted for the recipient, ASCII-armored (text, as it is stored and delivered). */
export async function encryptFor(recipient: string, plaintext: string): Promise<string> {
  const e = new Encrypter();
  e.addRecipient(recipient);
  return armor.encode(await e.encrypt(plaintext));
}

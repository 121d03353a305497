import { Encrypter } from 'age-encryption';

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

/** Plaintext handed to the encryption in pieces of about this many characters, not one per row. */
const PLAINTEXT_PIECE = 16 * 1024;
/** The armor's lines: 48 bytes, 64 characters of base64 each (age's armor.encode). */
const LINE_BYTES = 48;

/**
 * The package encrypted for the recipient as it is written, ASCII-armored [#11]: age 0.3's
 * `Encrypter.encrypt` takes a ReadableStream and answers one (the STREAM construction of
 * age-encryption.org/v1, 64 KiB chunks), so neither the plaintext nor the ciphertext is
 * ever whole in memory. The armor is age's own (a strict PEM subset; `armor.decode` and
 * `age --decrypt` read it), written line by line as the ciphertext comes: the same text
 * `armor.encode` would give for the whole file.
 */
export async function* encryptFor(recipient: string, plaintext: AsyncIterable<string>): AsyncGenerator<string> {
  const e = new Encrypter();
  e.addRecipient(recipient);
  const encrypted = await e.encrypt(ReadableStream.from(utf8Pieces(plaintext)));
  yield* armored(encrypted);
}

async function* utf8Pieces(text: AsyncIterable<string>): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  let pending = '';
  for await (const piece of text) {
    pending += piece;
    if (pending.length >= PLAINTEXT_PIECE) {
      yield encoder.encode(pending);
      pending = '';
    }
  }
  if (pending.length > 0) yield encoder.encode(pending);
}

async function* armored(file: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  let head = '-----BEGIN AGE ENCRYPTED FILE-----\n';
  let rest = new Uint8Array(0);
  for await (const chunk of file) {
    const bytes = new Uint8Array(rest.length + chunk.length);
    bytes.set(rest);
    bytes.set(chunk, rest.length);
    const whole = bytes.length - (bytes.length % LINE_BYTES);
    yield head + lines(bytes.subarray(0, whole));
    head = '';
    rest = bytes.slice(whole);
  }
  yield head + lines(rest) + '-----END AGE ENCRYPTED FILE-----\n';
}

function lines(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += LINE_BYTES) out += Buffer.from(bytes.buffer, bytes.byteOffset + i, Math.min(LINE_BYTES, bytes.length - i)).toString('base64') + '\n';
  return out;
}

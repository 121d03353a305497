import { describe, expect, it } from 'vitest';
import * as age from 'age-encryption';
import { encryptFor } from './release-encryption.ts';

async function* pieces(text: string, size: number) {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}
const collect = async (it: AsyncIterable<string>) => {
  let out = '';
  for await (const p of it) out += p;
  return out;
};

describe('a package encrypted as it is written [#11][T7.2]', () => {
  it('should armor as age does and decrypt with the recipient key only, across many STREAM chunks [T7.2]', async () => {
    const identity = await age.generateX25519Identity();
    const text = Array.from({ length: 9000 }, (_, i) => `P-${i},2025-06,74,一,true\r\n`).join('');
    const armored = await collect(encryptFor(await age.identityToRecipient(identity), pieces(text, 777)));
    const file = age.armor.decode(armored);
    // The same text age's own armor gives for the whole file: lines of 64, BEGIN/END.
    expect(armored).toBe(age.armor.encode(file));
    expect(file.length).toBeGreaterThan(3 * 64 * 1024);
    const d = new age.Decrypter();
    d.addIdentity(identity);
    expect(await d.decrypt(file, 'text')).toBe(text);
    const other = new age.Decrypter();
    other.addIdentity(await age.generateX25519Identity());
    await expect(other.decrypt(file)).rejects.toThrow();
  });

  it('should encrypt an empty text', async () => {
    const identity = await age.generateX25519Identity();
    const d = new age.Decrypter();
    d.addIdentity(identity);
    expect(await d.decrypt(age.armor.decode(await collect(encryptFor(await age.identityToRecipient(identity), pieces('', 1)))), 'text')).toBe('');
  });
});

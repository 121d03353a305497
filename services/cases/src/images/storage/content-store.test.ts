import { createHash, randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileSubject, s3Subject, type StoreSubject } from './content-store.subjects.ts';

/** What the de-identifying stream throws (a DicomRefusal in production): it must come out unchanged. */
class Refused extends Error {}

const MiB = 1024 * 1024;
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

async function* chunksOf(data: Buffer, failAfter?: { bytes: number; error: Error }): AsyncGenerator<Buffer> {
  for (let at = 0; at < data.length; at += 64 * 1024) {
    if (failAfter && at >= failAfter.bytes) throw failAfter.error;
    yield data.subarray(at, at + 64 * 1024);
  }
}

async function read(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}

const subjects: [string, () => Promise<StoreSubject>][] = [
  ['FileContentStore', async () => fileSubject()],
  ['S3ContentStore', () => s3Subject()],
];

describe.each(subjects)('%s [R31]', (_name, make) => {
  let subject: StoreSubject;
  beforeAll(async () => {
    subject = await make();
  });
  afterAll(async () => {
    await subject?.close();
  });

  const small = randomBytes(1000);
  const smallKey = sha256(small);

  it('should store new content under its digest and leave nothing temporary', async () => {
    const { store } = subject;
    expect(await store.has(smallKey)).toBe(false);
    expect(await store.put(chunksOf(small), async () => smallKey)).toEqual({ key: smallKey, created: true });
    expect(await store.has(smallKey)).toBe(true);
    expect(await store.size(smallKey)).toBe(1000);
    expect(await read(store.open(smallKey))).toEqual(small);
    expect(await subject.contents()).toEqual([`sha256/${smallKey.slice(0, 2)}/${smallKey.slice(2, 4)}/${smallKey}`]);
  });

  it('should never overwrite a stored name', async () => {
    // Other bytes under a taken name: the store keeps what it has and says it created nothing.
    const other = randomBytes(500);
    expect(await subject.store.put(chunksOf(other), async () => smallKey)).toEqual({ key: smallKey, created: false });
    expect(await read(subject.store.open(smallKey))).toEqual(small);
    expect(await subject.contents()).toHaveLength(1);
  });

  it('should discard a staged file no record took up, and discard a missing one quietly [R18]', async () => {
    const staged = randomBytes(300);
    const key = sha256(staged);
    expect((await subject.store.put(chunksOf(staged), async () => key)).created).toBe(true);
    await subject.store.discard(key);
    expect(await subject.store.has(key)).toBe(false);
    await subject.store.discard(key);
    expect(await subject.contents()).toHaveLength(1);
  });

  it('should read ranges, end exclusive and clamped to the file', async () => {
    const { store } = subject;
    expect(await read(store.open(smallKey, { start: 10, end: 20 }))).toEqual(small.subarray(10, 20));
    expect(await read(store.open(smallKey, { start: 0, end: 1000 }))).toEqual(small);
    expect(await read(store.open(smallKey, { start: 999, end: 1000 }))).toEqual(small.subarray(999));
    expect(await read(store.open(smallKey, { start: 990, end: 5000 }))).toEqual(small.subarray(990));
    expect(await read(store.open(smallKey, { start: 5, end: 5 }))).toHaveLength(0);
    expect(await read(store.open(smallKey, { start: 1000, end: 1010 }))).toHaveLength(0);
    expect(() => store.open(smallKey, { start: 5, end: 4 })).toThrow(RangeError);
    expect(() => store.open(smallKey, { start: -1, end: 4 })).toThrow(RangeError);
  });

  it('should report a missing file on the stream, and refuse its size', async () => {
    const missing = sha256(Buffer.from('never stored'));
    expect(await subject.store.has(missing)).toBe(false);
    const stream = subject.store.open(missing);
    await expect(read(stream)).rejects.toThrow();
    await expect(subject.store.size(missing)).rejects.toThrow();
    expect(() => subject.store.open('not-a-key')).toThrow('Not a content key');
  });

  it('should stream a file of several parts (12 MiB) and read across a part boundary', async () => {
    const big = randomBytes(12 * MiB);
    const key = sha256(big);
    expect(await subject.store.put(chunksOf(big), async () => key)).toEqual({ key, created: true });
    expect(await subject.store.size(key)).toBe(big.length);
    expect(sha256(await read(subject.store.open(key)))).toBe(key);
    const across = { start: 5 * MiB - 100, end: 5 * MiB + 100 };
    expect(await read(subject.store.open(key, across))).toEqual(big.subarray(across.start, across.end));
    expect(await subject.unfinishedUploads()).toEqual([]);
  });

  // Before the first part is full (nothing sent yet), and after a part went up in a multipart upload.
  for (const failAt of [100 * 1024, 7 * MiB]) {
    it(`should pass on the source's error unchanged and keep nothing when it fails after ${failAt} bytes`, async () => {
      const before = await subject.contents();
      const data = randomBytes(12 * MiB);
      const error = new Refused('refused while streaming');
      let digestRead = false;
      const put = subject.store.put(chunksOf(data, { bytes: failAt, error }), async () => {
        digestRead = true;
        return sha256(data);
      });
      await expect(put).rejects.toBe(error);
      expect(digestRead).toBe(false);
      expect(await subject.contents()).toEqual(before);
      expect(await subject.unfinishedUploads()).toEqual([]);
    });
  }
});

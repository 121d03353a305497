import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { ImageStoreConfig } from '@registry/config';
import { type ByteRange, checkRange, type ContentStore, contentPath, emptyStream } from './content-store.ts';

export interface S3ContentStoreOptions {
  client: S3Client;
  bucket: string;
  /** Keys go under `<prefix>/`, so one bucket can hold other things (or several registries). */
  prefix?: string;
}

/**
 * The content store in an S3-compatible bucket: `<prefix>/sha256/ab/cd/<key>`. The digest is
 * known only once the stream has ended, so a file goes up to `<prefix>/tmp/<uuid>.part` first
 * (a multipart upload of unknown length) and is then copied under its digest, unless that
 * name is taken; the temporary object is deleted whatever happens. Objects are never
 * overwritten, as with link() in FileContentStore.
 */
export class S3ContentStore implements ContentStore {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(options: S3ContentStoreOptions) {
    this.client = options.client;
    this.bucket = options.bucket;
    const prefix = (options.prefix ?? '').replace(/^\/+|\/+$/g, '');
    this.prefix = prefix ? `${prefix}/` : '';
  }

  private objectKey(key: string): string {
    return this.prefix + contentPath(key);
  }

  async put(chunks: AsyncIterable<Buffer>, digest: () => Promise<string>): Promise<{ key: string; created: boolean }> {
    const tmp = `${this.prefix}tmp/${randomUUID()}.part`;
    const source = new WatchedSource(chunks);
    try {
      const upload = new Upload({
        client: this.client,
        params: { Bucket: this.bucket, Key: tmp, Body: source.body },
        // Aborts the multipart upload when a part or the source fails, so no parts linger.
        leavePartsOnError: false,
        queueSize: 4,
      });
      // lib-storage rethrows the abort's own error when the abort fails: the caller must see
      // the source's error (a DicomRefusal) whenever the source is what failed.
      await upload.done().catch((err: unknown) => {
        throw source.failure ? source.failure.error : err;
      });
      const key = await digest();
      return { key, created: await this.place(tmp, this.objectKey(key)) };
    } finally {
      // Stops reading the source if the upload failed on the server's side.
      source.body.destroy();
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: tmp })).catch(() => undefined);
    }
  }

  /**
   * Copies the temporary object under its final name unless that name exists: true when it
   * was copied. A single CopyObject takes up to 5 GiB, above the 4 GiB limit per file
   * (`limits.maxBytes`); larger files would need UploadPartCopy.
   */
  private async place(tmp: string, final: string): Promise<boolean> {
    let conflict: unknown;
    for (let attempt = 0; attempt < 3; attempt++) {
      // The HEAD spares a server-side copy of up to 4 GiB when the content is already stored.
      if (await this.exists(final)) return false;
      try {
        // IfNoneMatch closes the race between the HEAD and the copy where the server supports
        // conditional copies (AWS S3 does); a server that ignores it lets a racing writer
        // replace the object, with the same bytes since the name is their digest.
        await this.client.send(new CopyObjectCommand({ Bucket: this.bucket, Key: final, CopySource: copySource(this.bucket, tmp), IfNoneMatch: '*' }));
        return true;
      } catch (err) {
        if (statusOf(err) === 412) return false;
        // 409: another conditional write of the same name is in progress; look again.
        if (statusOf(err) !== 409) throw err;
        conflict = err;
      }
    }
    throw conflict;
  }

  open(key: string, range?: ByteRange): Readable {
    const Key = this.objectKey(key);
    if (range) checkRange(range);
    if (range && range.end === range.start) return emptyStream();
    const { client, bucket } = this;
    // HTTP ranges are inclusive; a start past the end answers 416, which reads as nothing.
    const Range = range ? `bytes=${range.start}-${range.end - 1}` : undefined;
    // The GetObject goes out when the stream is first read; its failure is an error on the stream.
    async function* body(): AsyncGenerator<Buffer> {
      let response;
      try {
        response = await client.send(new GetObjectCommand({ Bucket: bucket, Key, Range }));
      } catch (err) {
        if (range && statusOf(err) === 416) return;
        throw err;
      }
      if (!(response.Body instanceof Readable)) throw new Error('S3 GetObject returned no Node.js stream');
      yield* response.Body;
    }
    return Readable.from(body(), { objectMode: false });
  }

  async size(key: string): Promise<number> {
    const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
    if (head.ContentLength === undefined) throw new Error('S3 HeadObject returned no Content-Length');
    return head.ContentLength;
  }

  has(key: string): Promise<boolean> {
    return this.exists(this.objectKey(key));
  }

  /** DeleteObject answers success for a missing key too. */
  async discard(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
  }

  /** Only "not found" means absent: a refused or failed HEAD must not read as a missing file. */
  private async exists(objectKey: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: objectKey }));
      return true;
    } catch (err) {
      if (statusOf(err) === 404) return false;
      throw err;
    }
  }
}

/** A client for the configured bucket; credentials come from the AWS SDK's default chain. */
export function s3ContentStore(config: Extract<ImageStoreConfig, { kind: 's3' }>): S3ContentStore {
  const client = new S3Client({
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    // An S3-compatible server rarely cares about the region, but the signature needs one.
    ...(config.region ? { region: config.region } : config.endpoint ? { region: 'us-east-1' } : {}),
    forcePathStyle: config.forcePathStyle,
  });
  return new S3ContentStore({ client, bucket: config.bucket, prefix: config.prefix });
}

/** The source as a byte stream for lib-storage, remembering the error the source itself threw. */
class WatchedSource {
  failure?: { error: unknown };
  readonly body: Readable;

  constructor(chunks: AsyncIterable<Buffer>) {
    this.body = Readable.from(this.relay(chunks), { objectMode: false });
  }

  private async *relay(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    try {
      yield* chunks;
    } catch (error) {
      this.failure = { error };
      throw error;
    }
  }
}

function copySource(bucket: string, key: string): string {
  return [bucket, ...key.split('/')].map(encodeURIComponent).join('/');
}

function statusOf(err: unknown): number | undefined {
  return (err as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode;
}

/**
 * Test support: the content stores the contract test runs against, each with a way to see
 * everything it holds. S3 is a real S3 server over HTTP: s3rver on a temporary directory,
 * or the server named by TEST_S3_ENDPOINT (MinIO, AWS…) with TEST_S3_BUCKET and the SDK's
 * default credentials.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import S3rver from '@20minutes/s3rver';
import { ListMultipartUploadsCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { type ContentStore, FileContentStore } from './content-store.ts';
import { S3ContentStore } from './s3-content-store.ts';

export interface StoreSubject {
  store: ContentStore;
  /** Every name the store holds, final or temporary, relative to its root or prefix. */
  contents(): Promise<string[]>;
  /**
   * Multipart uploads begun and neither completed nor aborted by the client, and those the
   * server still lists where it can list them.
   */
  unfinishedUploads(): Promise<string[]>;
  close(): Promise<void>;
}

export function fileSubject(): StoreSubject {
  const root = mkdtempSync(path.join(os.tmpdir(), 'content-store-'));
  return {
    store: new FileContentStore(root),
    contents: async () =>
      (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name))),
    unfinishedUploads: async () => [],
    close: async () => rmSync(root, { recursive: true, force: true }),
  };
}

export async function s3Subject(env: NodeJS.ProcessEnv = process.env): Promise<StoreSubject> {
  const server = env['TEST_S3_ENDPOINT'] ? undefined : await startS3rver();
  const bucket = server ? server.bucket : (env['TEST_S3_BUCKET'] ?? 'registry-test');
  const client = server
    ? new S3Client({ endpoint: server.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } })
    : new S3Client({ endpoint: env['TEST_S3_ENDPOINT'], region: env['AWS_REGION'] ?? 'us-east-1', forcePathStyle: true });
  const uploads = recordMultipart(client);
  // A prefix of its own, so a shared bucket's other contents never count.
  const prefix = `content-store-test/${randomUUID()}`;
  return {
    store: new S3ContentStore({ client, bucket, prefix }),
    contents: async () => {
      const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: `${prefix}/` }));
      return (listed.Contents ?? []).map((o) => (o.Key ?? '').slice(prefix.length + 1));
    },
    unfinishedUploads: async () => [...uploads.unfinished(), ...((await listedUploads(client, bucket, prefix)) ?? [])],
    close: async () => {
      client.destroy();
      await server?.close();
    },
  };
}

async function startS3rver(): Promise<{ endpoint: string; bucket: string; close(): Promise<void> }> {
  const directory = mkdtempSync(path.join(os.tmpdir(), 's3rver-'));
  const bucket = 'registry-images';
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
    // s3rver signs bucket-level requests (ListObjectsV2) without the trailing slash of the
    // SDK's path-style URL, and so refuses them; object requests sign alike either way.
    allowMismatchedSignatures: true,
  });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    close: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/**
 * What the client did with multipart uploads, seen in its middleware. An abort counts once
 * sent: s3rver answers AbortMultipartUpload with 405 (not implemented) and keeps the parts,
 * so only a server that lists uploads (listedUploads) shows that they are really gone.
 */
function recordMultipart(client: S3Client): { unfinished(): string[] } {
  const begun: string[] = [];
  const ended = new Set<string>();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { UploadId?: string };
      if (context.commandName === 'AbortMultipartUploadCommand' && input.UploadId) ended.add(input.UploadId);
      const result = await next(args);
      const output = result.output as { UploadId?: string };
      if (context.commandName === 'CreateMultipartUploadCommand' && output.UploadId) begun.push(output.UploadId);
      if (context.commandName === 'CompleteMultipartUploadCommand' && input.UploadId) ended.add(input.UploadId);
      return result;
    },
    { step: 'initialize', name: 'recordMultipartUploads' },
  );
  return { unfinished: () => begun.filter((id) => !ended.has(id)) };
}

/** The server's own list of unfinished uploads under the prefix; undefined where it has none (s3rver). */
async function listedUploads(client: S3Client, bucket: string, prefix: string): Promise<string[] | undefined> {
  try {
    const listed = await client.send(new ListMultipartUploadsCommand({ Bucket: bucket, Prefix: `${prefix}/` }));
    return (listed.Uploads ?? []).map((u) => `${u.Key}#${u.UploadId}`);
  } catch (err) {
    if ((err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 501) return undefined;
    throw err;
  }
}

import { describe, expect, it } from 'vitest';
import { imageStoreConfig, loadServiceConfig } from './index.ts';

const load = (env: NodeJS.ProcessEnv) => imageStoreConfig(loadServiceConfig(4002, env));

describe('image store configuration', () => {
  it('should keep images in the data directory by default', () => {
    expect(load({})).toEqual({ kind: 'fs' });
  });

  it('should use S3 when a bucket is named, with the settings given', () => {
    expect(
      load({ IMAGE_S3_BUCKET: 'images', IMAGE_S3_ENDPOINT: 'http://127.0.0.1:9000', IMAGE_S3_REGION: 'ap-northeast-1', IMAGE_S3_PREFIX: 'registry', IMAGE_S3_FORCE_PATH_STYLE: 'true' }),
    ).toEqual({ kind: 's3', bucket: 'images', endpoint: 'http://127.0.0.1:9000', region: 'ap-northeast-1', prefix: 'registry', forcePathStyle: true });
    expect(load({ IMAGE_S3_BUCKET: 'images', IMAGE_S3_FORCE_PATH_STYLE: 'false' })).toEqual({ kind: 's3', bucket: 'images', prefix: '', forcePathStyle: false });
  });

  it('should let IMAGE_STORE=fs win over a named bucket', () => {
    expect(load({ IMAGE_STORE: 'fs', IMAGE_S3_BUCKET: 'images' })).toEqual({ kind: 'fs' });
  });

  it('should refuse S3 without a bucket, an unknown store, a bad endpoint or flag', () => {
    expect(() => load({ IMAGE_STORE: 's3' })).toThrow('IMAGE_S3_BUCKET is required when IMAGE_STORE=s3');
    expect(() => load({ IMAGE_STORE: 'gcs' })).toThrow(/^Invalid configuration: IMAGE_STORE/);
    expect(() => load({ IMAGE_S3_BUCKET: 'images', IMAGE_S3_ENDPOINT: 'minio:9000' })).toThrow(/IMAGE_S3_ENDPOINT/);
    expect(() => load({ IMAGE_S3_BUCKET: 'images', IMAGE_S3_FORCE_PATH_STYLE: 'yes' })).toThrow(/IMAGE_S3_FORCE_PATH_STYLE/);
  });
});

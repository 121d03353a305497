import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, importSPKI, type CryptoKey } from 'jose';

export const ALGORITHM = 'EdDSA';

/**
 * Two Ed25519 key pairs: the user key (the operators subgraph signs login tokens, the
 * gateway verifies them) and the internal key (the gateway signs per-subgraph tokens,
 * every subgraph verifies them). A process gets only the halves it needs.
 */
export interface RegistryKeys {
  userPrivate?: CryptoKey;
  userPublic: CryptoKey;
  internalPrivate?: CryptoKey;
  internalPublic: CryptoKey;
}

export interface KeySource {
  USER_TOKEN_PRIVATE_KEY?: string | undefined;
  USER_TOKEN_PUBLIC_KEY?: string | undefined;
  INTERNAL_TOKEN_PRIVATE_KEY?: string | undefined;
  INTERNAL_TOKEN_PUBLIC_KEY?: string | undefined;
  NODE_ENV: string;
  DATA_DIR: string;
}

export async function generateKeyPairPem(): Promise<{ privatePem: string; publicPem: string }> {
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { crv: 'Ed25519', extractable: true });
  return { privatePem: await exportPKCS8(privateKey), publicPem: await exportSPKI(publicKey) };
}

/**
 * Keys come from configuration in production; elsewhere they are generated into the
 * data directory on first start and reused after, so tokens survive a restart.
 */
export async function loadKeys(source: KeySource): Promise<RegistryKeys> {
  const pems = source.NODE_ENV === 'production' ? fromConfig(source) : await fromDataDir(source);
  return {
    userPublic: await importSPKI(pems.userPublic, ALGORITHM),
    internalPublic: await importSPKI(pems.internalPublic, ALGORITHM),
    ...(pems.userPrivate ? { userPrivate: await importPKCS8(pems.userPrivate, ALGORITHM) } : {}),
    ...(pems.internalPrivate ? { internalPrivate: await importPKCS8(pems.internalPrivate, ALGORITHM) } : {}),
  };
}

interface Pems {
  userPrivate?: string | undefined;
  userPublic: string;
  internalPrivate?: string | undefined;
  internalPublic: string;
}

/** Environment files often carry a PEM on one line with literal `\n`s (as `npm run keys` prints it). */
const pem = (value: string | undefined) => value?.replace(/\\n/g, '\n');

function fromConfig(source: KeySource): Pems {
  if (!source.USER_TOKEN_PUBLIC_KEY || !source.INTERNAL_TOKEN_PUBLIC_KEY) {
    throw new Error('USER_TOKEN_PUBLIC_KEY and INTERNAL_TOKEN_PUBLIC_KEY are required in production');
  }
  return {
    userPrivate: pem(source.USER_TOKEN_PRIVATE_KEY),
    userPublic: pem(source.USER_TOKEN_PUBLIC_KEY)!,
    internalPrivate: pem(source.INTERNAL_TOKEN_PRIVATE_KEY),
    internalPublic: pem(source.INTERNAL_TOKEN_PUBLIC_KEY)!,
  };
}

async function fromDataDir(source: KeySource): Promise<Pems> {
  const dir = path.join(source.DATA_DIR, 'keys');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const user = await readOrCreate(dir, 'user-token');
  const internal = await readOrCreate(dir, 'internal-token');
  return { userPrivate: user.privatePem, userPublic: user.publicPem, internalPrivate: internal.privatePem, internalPublic: internal.publicPem };
}

async function readOrCreate(dir: string, name: string): Promise<{ privatePem: string; publicPem: string }> {
  const privatePath = path.join(dir, `${name}.key.pem`);
  const publicPath = path.join(dir, `${name}.pub.pem`);
  if (existsSync(privatePath) && existsSync(publicPath)) {
    return { privatePem: readFileSync(privatePath, 'utf8'), publicPem: readFileSync(publicPath, 'utf8') };
  }
  const pair = await generateKeyPairPem();
  writeFileSync(privatePath, pair.privatePem, { mode: 0o600 });
  writeFileSync(publicPath, pair.publicPem, { mode: 0o644 });
  return pair;
}

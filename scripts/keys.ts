/**
 * `npm run keys`: prints fresh Ed25519 key pairs as environment variables for a
 * deployment (docker-compose reads them). Keep the private keys secret; the gateway needs
 * INTERNAL_TOKEN_PRIVATE_KEY, the operators subgraph USER_TOKEN_PRIVATE_KEY, every
 * service both public keys.
 */
import { generateKeyPairPem } from '@registry/auth';

const user = await generateKeyPairPem();
const internal = await generateKeyPairPem();
const line = (name: string, pem: string) => `${name}="${pem.trim().replace(/\n/g, '\\n')}"`;
process.stdout.write(
  [
    line('USER_TOKEN_PRIVATE_KEY', user.privatePem),
    line('USER_TOKEN_PUBLIC_KEY', user.publicPem),
    line('INTERNAL_TOKEN_PRIVATE_KEY', internal.privatePem),
    line('INTERNAL_TOKEN_PUBLIC_KEY', internal.publicPem),
  ].join('\n') + '\n',
);

export { Role, ROLES, CORE_LAB_ROLES, isCoreLab, type Viewer, ANONYMOUS, hasAnyRole } from './viewer.ts';
export { loadKeys, generateKeyPairPem, type RegistryKeys, type KeySource } from './keys.ts';
export {
  signUserToken,
  verifyUserToken,
  signInternalToken,
  verifyInternalToken,
  authorizationScope,
  USER_TOKEN_TTL_SECONDS,
  INTERNAL_TOKEN_TTL_SECONDS,
  type VerifiedToken,
} from './tokens.ts';
export {
  signSignatureAssertion,
  verifySignatureAssertion,
  SIGNATURE_ASSERTION_TTL_SECONDS,
  type SignatureAssertion,
  type SignaturePurpose,
} from './signature-assertion.ts';

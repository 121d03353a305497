export { Role, ROLES, CORE_LAB_ROLES, isCoreLab, type Viewer, ANONYMOUS } from './viewer.ts';
export { ACCESS, CAPABILITIES, can, mayHold, rolesWith, type Capability, type AccessScope, type Grant, type Relation } from './access.ts';
export { VerifiedTokens, VERIFIED_TOKENS_MAX } from './verified-tokens.ts';
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

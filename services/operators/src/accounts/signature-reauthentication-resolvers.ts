import type { OperatorsContext } from '../context.ts';

export const signatureReauthenticationResolvers = {
  Mutation: {
    reauthenticateForSignature: (_: unknown, args: { password: string; registrationNumber: string }, ctx: OperatorsContext) =>
      ctx.signatureReauthentication.reauthenticate(args.password, args.registrationNumber),
  },
};

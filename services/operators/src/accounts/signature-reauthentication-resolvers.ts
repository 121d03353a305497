import type { Resolvers } from '../generated/resolvers.ts';

export const signatureReauthenticationResolvers: Resolvers = {
  Mutation: {
    reauthenticateForSignature: (_, args, ctx) =>
      ctx.signatureReauthentication.reauthenticate(args.password, args.registrationNumber),
  },
};

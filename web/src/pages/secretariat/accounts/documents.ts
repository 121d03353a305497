import { graphql } from '../../../gql';

export const StaffAccounts = graphql(`
  query StaffAccounts($first: Int!, $after: String) {
    staffAccounts(first: $first, after: $after) {
      id
      loginId
      name
      roles
      mustChangePassword
      lockedUntil
      facility {
        id
        name
      }
    }
  }
`);

export const OpenStaffAccount = graphql(`
  mutation OpenStaffAccount($input: StaffAccountInput!) {
    openStaffAccount(input: $input) {
      initialPassword
      account {
        id
        loginId
        name
      }
    }
  }
`);

export const ChangeStaffRoles = graphql(`
  mutation ChangeStaffRoles($loginId: String!, $roles: [Role!]!) {
    changeStaffRoles(loginId: $loginId, roles: $roles) {
      id
      loginId
      roles
    }
  }
`);

export const UnlockStaffAccount = graphql(`
  mutation UnlockStaffAccount($loginId: String!) {
    unlockStaffAccount(loginId: $loginId) {
      id
      loginId
      lockedUntil
    }
  }
`);

import { graphql } from '../gql';

/** What the bell shows of a notification: who asked about which case, and when [R6]. */
export const NotificationFields = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    createdAt
    read
    cursor
    thread {
      id
      case {
        registrationNumber
      }
    }
    post {
      id
      body
      author {
        id
        name
      }
    }
  }
`);

/** The newest notifications, and the unread ones for the count (at most a page of them). */
export const MyNotifications = graphql(`
  query MyNotifications($first: Int!, $unreadFirst: Int!) {
    newest: myNotifications(first: $first) {
      ...NotificationFields
    }
    unread: myNotifications(unreadOnly: true, first: $unreadFirst) {
      id
      read
    }
  }
`);

export const NotificationAdded = graphql(`
  subscription NotificationAdded($after: String) {
    notificationAdded(after: $after) {
      ...NotificationFields
    }
  }
`);

export const MarkNotificationRead = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      read
    }
  }
`);
